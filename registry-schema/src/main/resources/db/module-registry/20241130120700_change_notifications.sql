-- Change notifications, for in-process snapshots of isEnabled (ModuleRegistry's SnapshotSettings).
--
-- Every statement that can change an isEnabled answer (an install, uninstall or enable/disable in
-- org_modules, an activation in modules, a membership, an organization) bumps one change counter
-- and notifies channel module_registry_changes, both in the writer's transaction, so they become
-- visible exactly when the change commits, and never when it rolls back. The payload is empty: every
-- role may LISTEN, so a notification must carry no tenant data; a snapshot that hears one reloads
-- what it holds through RLS-scoped queries. Where LISTEN cannot work (PgBouncer or Supavisor in
-- transaction mode), a snapshot polls module_registry.last_change() through the pool instead.
--
-- Statement-level triggers: one bump per statement, not per row. Settings changes do not bump (they
-- cannot change an isEnabled answer). The counter is one row, so writers to these four tables queue
-- on its row lock from their first such statement to their commit; registry writes are rare next to
-- reads (which is why a snapshot pays), and each of the facade's writes is a one-statement
-- transaction, so the lock is held for microseconds.

create table if not exists module_registry.change_counter (
  id boolean not null default true,
  version bigint not null default 0,
  changed_at timestamptz not null default now(),
  constraint change_counter_pkey primary key (id),
  constraint change_counter_single_row check (id)
);

comment on table module_registry.change_counter is
  'One row: how many statements have changed what isEnabled answers, and when the last one ran.';

revoke all on table module_registry.change_counter from public;

insert into module_registry.change_counter (id) values (true)
on conflict on constraint change_counter_pkey do nothing;

create or replace function module_registry.notify_registry_change()
returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  update module_registry.change_counter
     set version = version + 1, changed_at = pg_catalog.clock_timestamp()
   where id;
  perform pg_catalog.pg_notify('module_registry_changes', '');
  return null;
end
$$;

comment on function module_registry.notify_registry_change() is
  'Statement-level trigger: bumps module_registry.change_counter and notifies module_registry_changes (empty payload).';

revoke all on function module_registry.notify_registry_change() from public;

drop trigger if exists org_modules_notify_change on public.org_modules;
create trigger org_modules_notify_change
  after insert or delete or truncate or update of enabled, org_id, module_id on public.org_modules
  for each statement execute function module_registry.notify_registry_change();

drop trigger if exists modules_notify_change on public.modules;
create trigger modules_notify_change
  after insert or delete or truncate or update of is_active, id on public.modules
  for each statement execute function module_registry.notify_registry_change();

drop trigger if exists org_members_notify_change on public.org_members;
create trigger org_members_notify_change
  after insert or update or delete or truncate on public.org_members
  for each statement execute function module_registry.notify_registry_change();

drop trigger if exists organizations_notify_change on public.organizations;
create trigger organizations_notify_change
  after insert or update or delete or truncate on public.organizations
  for each statement execute function module_registry.notify_registry_change();

-- What a polling snapshot reads through the pool: the counter, and how long ago it last moved
-- (the notification lag a snapshot reports). Reveals no tenant data.
create or replace function module_registry.last_change(out version bigint, out age_millis double precision)
language sql stable security definer
set search_path = ''
as $$
  select c.version,
         (extract(epoch from pg_catalog.clock_timestamp() - c.changed_at) * 1000)::double precision
  from module_registry.change_counter c
  where c.id
$$;

comment on function module_registry.last_change() is
  'The change counter and the milliseconds since it last moved; polled by snapshots where LISTEN cannot work.';

revoke all on function module_registry.last_change() from public;
grant execute on function module_registry.last_change() to authenticated, service_role;

insert into module_registry.applied_migration (version, description) values
  ('20241130120700', 'change_notifications')
on conflict on constraint applied_migration_pkey do nothing;
