-- Past settings values only for an organization's owners and admins (issue 18, finding 1).
--
-- org_module_events kept every old and new settings value, and every current member read them:
-- a member added after a secret was rotated read the old secrets. RLS decides rows, not columns,
-- and owners, admins and members are all the role authenticated, so the values move to a table of
-- their own with an admin-only policy:
--
--   public.org_module_events          members read: event, actor, time, module and changed_keys
--                                     (the top-level keys whose values differ), never a value;
--   public.org_module_event_settings  owners and admins read: old_settings and new_settings, one
--                                     row per event that carried values, keyed by the event.
--
-- Both are written only by the trigger on org_modules (security definer), both are append-only. A
-- read joins them (left join): under RLS an admin gets the values, a member gets NULLs, a stranger
-- nothing; through PostgREST the same policies apply. Retention: service_role may DELETE events
-- (older than a date, or all of one organization); each event's values go with it by cascade.
-- Deleting an organization still takes its whole history with it.

alter table public.org_module_events
  add column changed_keys text[] not null default '{}';

comment on column public.org_module_events.changed_keys is
  'Top-level settings keys whose value the change added, removed or altered (sorted); the values themselves are in org_module_event_settings, for owners and admins.';

create table public.org_module_event_settings (
  event_id bigint not null,
  org_id uuid not null,
  old_settings jsonb,
  new_settings jsonb,
  constraint org_module_event_settings_pkey primary key (event_id),
  constraint org_module_event_settings_event_id_fkey foreign key (event_id)
    references public.org_module_events (id) on delete cascade
);

comment on table public.org_module_event_settings is
  'Settings values before and after each installation event that carried them: readable by the organization''s owners and admins only. Written by the trigger on org_modules.';

-- Serves the owners' and admins' policy when the table is read on its own (PostgREST).
create index org_module_event_settings_org_id_idx on public.org_module_event_settings (org_id, event_id);

alter table public.org_module_event_settings enable row level security;
revoke all on public.org_module_event_settings from public, anon, authenticated, service_role;
grant select on public.org_module_event_settings to authenticated, service_role;

create policy "Owners and admins can view past settings values"
  on public.org_module_event_settings for select to authenticated
  using (org_id = any ((select module_registry.admin_org_ids())::uuid[]));

create trigger org_module_event_settings_append_only
  before update on public.org_module_event_settings
  for each row execute function module_registry.reject_history_rewrite();

-- A page of history is "this org's (or this module's) events below an id, newest first" (keyset).
create index org_module_events_org_id_id_idx on public.org_module_events (org_id, id);

-- Retention, for the service only; RLS has no delete policy, so no signed-in user deletes.
grant delete on public.org_module_events to service_role;

-- Which top-level keys differ between two settings objects (NULL reads as {}).
create or replace function module_registry.jsonb_changed_keys(old_settings jsonb, new_settings jsonb)
returns text[]
language sql immutable parallel safe
set search_path = ''
as $$
  select coalesce(pg_catalog.array_agg(coalesce(o.key, n.key) order by coalesce(o.key, n.key)), '{}')
  from pg_catalog.jsonb_each(coalesce(old_settings, '{}'::jsonb)) o
  full join pg_catalog.jsonb_each(coalesce(new_settings, '{}'::jsonb)) n on n.key = o.key
  where o.value is distinct from n.value
$$;

comment on function module_registry.jsonb_changed_keys(jsonb, jsonb) is
  'Sorted top-level keys whose value differs between two settings objects (NULL reads as {}); for the history trigger.';

revoke all on function module_registry.jsonb_changed_keys(jsonb, jsonb) from public;

-- Existing history: values move, keys are computed, then the columns go. The append-only trigger
-- is off for the one backfill update, inside this migration's transaction.
insert into public.org_module_event_settings (event_id, org_id, old_settings, new_settings)
select e.id, e.org_id, e.old_settings, e.new_settings
  from public.org_module_events e
 where e.old_settings is not null or e.new_settings is not null;

alter table public.org_module_events disable trigger org_module_events_append_only;
update public.org_module_events
   set changed_keys = module_registry.jsonb_changed_keys(old_settings, new_settings)
 where old_settings is not null or new_settings is not null;
alter table public.org_module_events enable trigger org_module_events_append_only;

alter table public.org_module_events drop column old_settings, drop column new_settings;

comment on table public.org_module_events is
  'Append-only history of module installations: written by a trigger on org_modules, readable by the org''s members (without settings values, which are in org_module_event_settings); service_role may delete for retention.';

-- One event and, where it carries settings, its values.
create or replace function module_registry.append_org_module_event(
  org uuid, module text, kind text, actor uuid, old_settings jsonb, new_settings jsonb, with_values boolean)
returns void
language plpgsql security definer
set search_path = ''
as $$
declare
  recorded bigint;
begin
  insert into public.org_module_events (org_id, module_id, event, actor_id, changed_keys)
  values (org, module, kind, actor, module_registry.jsonb_changed_keys(old_settings, new_settings))
  returning id into recorded;
  if with_values then
    insert into public.org_module_event_settings (event_id, org_id, old_settings, new_settings)
    values (recorded, org, old_settings, new_settings);
  end if;
end
$$;

comment on function module_registry.append_org_module_event(uuid, text, text, uuid, jsonb, jsonb, boolean) is
  'Appends one history event and, for events that carry settings, its values; called by the trigger on org_modules.';

revoke all on function module_registry.append_org_module_event(uuid, text, text, uuid, jsonb, jsonb, boolean) from public;

create or replace function module_registry.record_org_module_event()
returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  actor uuid := (select auth.uid());
begin
  if tg_op = 'INSERT' then
    perform module_registry.append_org_module_event(new.org_id, new.module_id, 'installed', actor, null, new.settings, true);
  elsif tg_op = 'UPDATE' then
    if new.enabled is distinct from old.enabled then
      perform module_registry.append_org_module_event(new.org_id, new.module_id,
        case when new.enabled then 'enabled' else 'disabled' end, actor, null, null, false);
    end if;
    if new.settings is distinct from old.settings then
      perform module_registry.append_org_module_event(new.org_id, new.module_id, 'settings_changed', actor,
        old.settings, new.settings, true);
    end if;
  elsif tg_op = 'DELETE' then
    -- When the organization itself is being deleted its history goes with it: nothing to record.
    if exists (select 1 from public.organizations o where o.id = old.org_id) then
      perform module_registry.append_org_module_event(old.org_id, old.module_id, 'uninstalled', actor,
        old.settings, null, true);
    end if;
  end if;
  return null;
end
$$;

revoke all on function module_registry.record_org_module_event() from public;

insert into module_registry.applied_migration (version, description) values
  ('20241202000200', 'history_values_for_admins')
on conflict on constraint applied_migration_pkey do nothing;
