-- Append-only history of installation changes, written by the database itself.
--
-- A trigger on org_modules records every change, so no client can skip it. Members of the org read
-- its history; nobody but the table owner may insert, and nobody may update or delete rows (they
-- go only with their organization, by cascade).

create table public.org_module_events (
  id bigint generated always as identity primary key,
  org_id uuid not null references public.organizations (id) on delete cascade,
  module_id text not null,
  event text not null
    constraint org_module_events_event check (event in ('installed', 'enabled', 'disabled', 'settings_changed', 'uninstalled')),
  actor_id uuid,
  occurred_at timestamptz not null default now(),
  old_settings jsonb,
  new_settings jsonb
);

comment on table public.org_module_events is
  'Append-only history of module installations: written by a trigger on org_modules, readable by the org''s members.';
comment on column public.org_module_events.actor_id is 'auth.uid() of whoever made the change; NULL for service_role.';

-- Serves the foreign key, the members' policy and "history of this org, newest first".
create index org_module_events_org_id_idx on public.org_module_events (org_id, occurred_at);

alter table public.org_module_events enable row level security;
revoke all on public.org_module_events from anon, authenticated, service_role;
grant select on public.org_module_events to authenticated, service_role;

create policy "Members can view their organizations' module history"
  on public.org_module_events for select to authenticated
  using (org_id = any ((select module_registry.member_org_ids())::uuid[]));

create or replace function module_registry.record_org_module_event()
returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  actor uuid := (select auth.uid());
begin
  if tg_op = 'INSERT' then
    insert into public.org_module_events (org_id, module_id, event, actor_id, new_settings)
    values (new.org_id, new.module_id, 'installed', actor, new.settings);
  elsif tg_op = 'UPDATE' then
    if new.enabled is distinct from old.enabled then
      insert into public.org_module_events (org_id, module_id, event, actor_id)
      values (new.org_id, new.module_id, case when new.enabled then 'enabled' else 'disabled' end, actor);
    end if;
    if new.settings is distinct from old.settings then
      insert into public.org_module_events (org_id, module_id, event, actor_id, old_settings, new_settings)
      values (new.org_id, new.module_id, 'settings_changed', actor, old.settings, new.settings);
    end if;
  elsif tg_op = 'DELETE' then
    -- When the organization itself is being deleted its history goes with it: nothing to record.
    if exists (select 1 from public.organizations o where o.id = old.org_id) then
      insert into public.org_module_events (org_id, module_id, event, actor_id, old_settings)
      values (old.org_id, old.module_id, 'uninstalled', actor, old.settings);
    end if;
  end if;
  return null;
end
$$;

revoke all on function module_registry.record_org_module_event() from public;

create trigger org_modules_history
  after insert or update or delete on public.org_modules
  for each row execute function module_registry.record_org_module_event();

create or replace function module_registry.reject_history_rewrite()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  raise exception 'org_module_events is append-only: history cannot be changed'
    using errcode = 'MR003';
end
$$;

revoke all on function module_registry.reject_history_rewrite() from public;

create trigger org_module_events_append_only
  before update on public.org_module_events
  for each row execute function module_registry.reject_history_rewrite();
