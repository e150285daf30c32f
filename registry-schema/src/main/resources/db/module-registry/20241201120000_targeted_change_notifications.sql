-- Targeted change notifications (issue 17), replacing the statement-level triggers of
-- 20241130120700_change_notifications.
--
-- Why: those fired for every statement, even one that changed no row (a PostgREST PATCH matching
-- nothing, a refused disable), and said nothing of what changed, so every snapshot reloaded every
-- caller it held on every statement. These triggers look at the statement's transition tables:
--   * no row changed in a way isEnabled can see: no bump, no notification, nothing to reload;
--   * else the change counter moves by one, a row is appended to module_registry.change_log and
--     channel module_registry_changes is notified with '<version> <kind> [<id> ...]', where kind is
--       o  organizations whose installations changed (org_modules rows, or an organization deleted):
--          its members (and the service) may see something else now;
--       u  users whose memberships changed (org_members rows): those users may see something else;
--       c  the catalog changed (a module added, removed, activated or deactivated): everyone may;
--       a  everything: a TRUNCATE, or more ids than fit NOTIFY's 8000-byte payload (over 150).
-- The ids are opaque UUIDs, no names; a role that may LISTEN learns which ids changed and when,
-- nothing of what they hold. Settings changes still notify nothing (isEnabled cannot see them).
--
-- The counter's row lock, taken by the first bump of a transaction and held to its commit, makes
-- versions commit in order: whoever sees version v committed sees every version below it, so a
-- snapshot that has applied v has applied all before it. Writers queue on that lock only when
-- they change something.
--
-- ENABLE ALWAYS: the triggers also fire for sessions with session_replication_role = replica
-- (bulk loads, pg_restore-style tools, hand-applied replication). PostgreSQL's logical replication
-- apply worker fires row-level triggers only, never statement-level ones: a subscriber whose
-- registry tables are fed by logical replication must not serve snapshots from that subscriber
-- (RELIABILITY.md says so; a snapshot's heartbeat cannot notice changes that never moved the counter).

create table if not exists module_registry.change_log (
  version bigint not null,
  kind text not null,
  ids uuid[] not null default '{}',
  changed_at timestamptz not null default pg_catalog.clock_timestamp(),
  constraint change_log_pkey primary key (version),
  constraint change_log_kind check (kind in ('o', 'u', 'c', 'a')),
  constraint change_log_ids_bounded check (pg_catalog.cardinality(ids) <= 150)
);

comment on table module_registry.change_log is
  'The last 10,000 changes counted by module_registry.change_counter: what each changed (see its migration). Read by polling snapshots.';

revoke all on table module_registry.change_log from public;

-- Counts one change naming these ids (none: kind c or a), logs it, prunes the log, notifies.
create or replace function module_registry.record_change(p_kind text, p_ids uuid[])
returns void
language plpgsql security definer
set search_path = ''
as $$
declare
  v bigint;
  k text := p_kind;
  ids uuid[] := coalesce(p_ids, '{}');
begin
  if k in ('o', 'u') and pg_catalog.cardinality(ids) = 0 then
    return; -- the statement changed nothing a snapshot can see
  end if;
  if pg_catalog.cardinality(ids) > 150 then
    k := 'a'; -- 150 ids of 37 characters fit in 8000 bytes with the version; more do not
    ids := '{}';
  end if;
  update module_registry.change_counter
     set version = version + 1, changed_at = pg_catalog.clock_timestamp()
   where id
  returning version into v;
  insert into module_registry.change_log (version, kind, ids) values (v, k, ids);
  delete from module_registry.change_log where version <= v - 10000;
  perform pg_catalog.pg_notify('module_registry_changes',
    v::text || ' ' || k || case when pg_catalog.cardinality(ids) = 0 then ''
                                else ' ' || pg_catalog.array_to_string(ids, ' ') end);
end
$$;

revoke all on function module_registry.record_change(text, uuid[]) from public;

-- org_modules: the organizations of rows whose org, module or enabled flag changed.
create or replace function module_registry.org_modules_changed()
returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if tg_op = 'TRUNCATE' then
    perform module_registry.record_change('a', null);
  elsif tg_op = 'INSERT' then
    perform module_registry.record_change('o', (select pg_catalog.array_agg(distinct n.org_id) from new_rows n));
  elsif tg_op = 'DELETE' then
    perform module_registry.record_change('o', (select pg_catalog.array_agg(distinct o.org_id) from old_rows o));
  else
    perform module_registry.record_change('o', (
      select pg_catalog.array_agg(distinct d.org_id) from (
        (select o.id, o.org_id, o.module_id, o.enabled from old_rows o
         except select n.id, n.org_id, n.module_id, n.enabled from new_rows n)
        union all
        (select n.id, n.org_id, n.module_id, n.enabled from new_rows n
         except select o.id, o.org_id, o.module_id, o.enabled from old_rows o)) d));
  end if;
  return null;
end
$$;

-- org_members: the users of rows whose organization, user or role changed.
create or replace function module_registry.org_members_changed()
returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if tg_op = 'TRUNCATE' then
    perform module_registry.record_change('a', null);
  elsif tg_op = 'INSERT' then
    perform module_registry.record_change('u', (select pg_catalog.array_agg(distinct n.user_id) from new_rows n));
  elsif tg_op = 'DELETE' then
    perform module_registry.record_change('u', (select pg_catalog.array_agg(distinct o.user_id) from old_rows o));
  else
    perform module_registry.record_change('u', (
      select pg_catalog.array_agg(distinct d.user_id) from (
        (select o.org_id, o.user_id, o.role from old_rows o except select n.org_id, n.user_id, n.role from new_rows n)
        union all
        (select n.org_id, n.user_id, n.role from new_rows n except select o.org_id, o.user_id, o.role from old_rows o)) d));
  end if;
  return null;
end
$$;

-- modules: the catalog, when a module comes, goes, or its id or activation changes.
create or replace function module_registry.modules_changed()
returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  changed boolean := false;
begin
  if tg_op = 'TRUNCATE' then
    perform module_registry.record_change('a', null);
  elsif tg_op = 'INSERT' then
    changed := exists (select 1 from new_rows);
  elsif tg_op = 'DELETE' then
    changed := exists (select 1 from old_rows);
  else -- one expression per event: a transition table exists only for its own events
    changed := exists (
      (select o.id, o.is_active from old_rows o except select n.id, n.is_active from new_rows n)
      union all
      (select n.id, n.is_active from new_rows n except select o.id, o.is_active from old_rows o));
  end if;
  if changed then
    perform module_registry.record_change('c', null);
  end if;
  return null;
end
$$;

-- organizations: deleted (or renumbered) organizations. Their installations and memberships go by
-- cascade, which their own triggers report too; this one costs nothing when they did.
create or replace function module_registry.organizations_changed()
returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if tg_op = 'TRUNCATE' then
    perform module_registry.record_change('a', null);
  elsif tg_op = 'DELETE' then
    perform module_registry.record_change('o', (select pg_catalog.array_agg(distinct o.id) from old_rows o));
  elsif tg_op = 'UPDATE' then
    perform module_registry.record_change('o', (
      select pg_catalog.array_agg(distinct d.id) from (
        (select o.id from old_rows o except select n.id from new_rows n)
        union all
        (select n.id from new_rows n except select o.id from old_rows o)) d));
  end if;
  return null;
end
$$;

revoke all on function module_registry.org_modules_changed() from public;
revoke all on function module_registry.org_members_changed() from public;
revoke all on function module_registry.modules_changed() from public;
revoke all on function module_registry.organizations_changed() from public;

drop trigger if exists org_modules_notify_change on public.org_modules;
drop trigger if exists modules_notify_change on public.modules;
drop trigger if exists org_members_notify_change on public.org_members;
drop trigger if exists organizations_notify_change on public.organizations;

-- A trigger with transition tables serves one event, so each table has four.
do $$
declare
  t record;
  e text;
begin
  for t in select * from (values ('org_modules', 'org_modules_changed'), ('org_members', 'org_members_changed'),
                                 ('modules', 'modules_changed'), ('organizations', 'organizations_changed')) v(tab, fn)
  loop
    foreach e in array array['insert', 'update', 'delete'] loop
      execute pg_catalog.format('drop trigger if exists %I on public.%I', t.tab || '_changed_' || e, t.tab);
      execute pg_catalog.format('create trigger %I after %s on public.%I referencing %s for each statement'
                                || ' execute function module_registry.%I()',
        t.tab || '_changed_' || e, e, t.tab,
        case e when 'insert' then 'new table as new_rows'
               when 'delete' then 'old table as old_rows'
               else 'old table as old_rows new table as new_rows' end,
        t.fn);
      execute pg_catalog.format('alter table public.%I enable always trigger %I', t.tab, t.tab || '_changed_' || e);
    end loop;
    execute pg_catalog.format('drop trigger if exists %I on public.%I', t.tab || '_changed_truncate', t.tab);
    execute pg_catalog.format('create trigger %I after truncate on public.%I for each statement'
                              || ' execute function module_registry.%I()', t.tab || '_changed_truncate', t.tab, t.fn);
    execute pg_catalog.format('alter table public.%I enable always trigger %I', t.tab, t.tab || '_changed_truncate');
  end loop;
end
$$;

-- What a polling snapshot reads through the pool: every change after p_seen, oldest first, with
-- its age in milliseconds; one row of kind 'a' at the current version when the log no longer
-- reaches back to p_seen (or p_seen is negative: the first read). Nothing when nothing changed.
create or replace function module_registry.changes_since(p_seen bigint)
returns table (version bigint, kind text, ids uuid[], age_millis double precision)
language plpgsql stable security definer
set search_path = ''
as $$
declare
  current_version bigint;
  current_at timestamptz;
begin
  select c.version, c.changed_at into current_version, current_at from module_registry.change_counter c where c.id;
  if current_version <= p_seen then
    return;
  end if;
  if p_seen < 0 or not exists (select 1 from module_registry.change_log l where l.version = p_seen + 1) then
    return query select current_version, 'a'::text, '{}'::uuid[],
      (extract(epoch from pg_catalog.clock_timestamp() - current_at) * 1000)::double precision;
    return;
  end if;
  return query select l.version, l.kind, l.ids,
      (extract(epoch from pg_catalog.clock_timestamp() - l.changed_at) * 1000)::double precision
    from module_registry.change_log l
    where l.version > p_seen and l.version <= current_version
    order by l.version;
end
$$;

comment on function module_registry.changes_since(bigint) is
  'The changes counted after a version, oldest first (kind a at the current version if the log no longer reaches back): polled by snapshots.';

revoke all on function module_registry.changes_since(bigint) from public;
grant execute on function module_registry.changes_since(bigint) to service_role;

-- Which cached callers a change to these organizations can affect: their members. Read as the
-- service, by the snapshot, to pick whom to reload (see RELIABILITY.md, "which callers a change can affect").
create or replace function module_registry.members_of(p_org_ids uuid[])
returns setof uuid
language sql stable security definer
set search_path = ''
as $$
  select distinct m.user_id from public.org_members m where m.org_id = any (p_org_ids)
$$;

revoke all on function module_registry.members_of(uuid[]) from public;
grant execute on function module_registry.members_of(uuid[]) to service_role;

insert into module_registry.applied_migration (version, description) values
  ('20241201120000', 'targeted_change_notifications')
on conflict on constraint applied_migration_pkey do nothing;
