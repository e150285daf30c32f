-- The module registry (TASK-1-05): the system-wide catalog and the per-organization installations.
--
-- Stricter than the card's sketch: no nullable flags, slugs and semver checked, settings always a
-- JSON object, the module_id foreign key indexed, an installed module cannot be deleted, an
-- inactive one cannot be installed, and an installation never moves to another org or module.

create table public.modules (
  id text primary key
    constraint modules_id_slug check (id ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$' and length(id) <= 63),
  name text not null
    constraint modules_name_not_blank check (pg_catalog.btrim(name) <> '' and length(name) <= 200),
  description text
    constraint modules_description_length check (length(description) <= 2000),
  version text not null default '1.0.0'
    constraint modules_version_semver check (version ~ '^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$'),
  is_active boolean not null default true,
  created_at timestamptz not null default now()
);

comment on table public.modules is 'System-wide catalog of product modules. Only service_role changes it.';
comment on column public.modules.id is 'Slug, e.g. agency or time-tracking.';
comment on column public.modules.is_active is 'An inactive module stays in the catalog but cannot be installed.';

create table public.org_modules (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  module_id text not null references public.modules (id) on delete restrict,
  enabled boolean not null default true,
  installed_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  settings jsonb not null default '{}'::jsonb
    constraint org_modules_settings_object check (pg_catalog.jsonb_typeof(settings) = 'object')
    constraint org_modules_settings_size check (pg_catalog.octet_length(settings::text) <= 65536),
  constraint org_modules_org_id_module_id_key unique (org_id, module_id)
);

comment on table public.org_modules is 'Modules installed per organization, with their settings.';
comment on column public.org_modules.settings is 'Module settings: always a JSON object, at most 64 KiB.';

-- The unique key serves lookups by org_id; this one serves the module_id foreign key. It carries
-- org_id too, so that a lookup by both columns stays one index probe whichever index the planner
-- picks (for a rarely installed module it may pick this one; on module_id alone it would walk
-- every entry of that module, dead ones included).
create index org_modules_module_id_idx on public.org_modules (module_id, org_id);

-- Guards that need a look at other rows or at the old row, so they cannot be CHECK constraints.
create or replace function module_registry.guard_org_module()
returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    if exists (select 1 from public.modules m where m.id = new.module_id and not m.is_active) then
      raise exception 'module "%" is inactive and cannot be installed', new.module_id
        using errcode = 'MR001',
              hint = 'Activate the module in the catalog first.';
    end if;
  else
    if new.org_id is distinct from old.org_id
       or new.module_id is distinct from old.module_id
       or new.id is distinct from old.id then
      raise exception 'an installation cannot move to another organization or module (installation %)', old.id
        using errcode = 'MR002',
              hint = 'Uninstall it and install the module again where it belongs.';
    end if;
    new.installed_at := old.installed_at;
    new.updated_at := now();
  end if;
  return new;
end
$$;

revoke all on function module_registry.guard_org_module() from public;

create trigger org_modules_guard
  before insert or update on public.org_modules
  for each row execute function module_registry.guard_org_module();

-- Privileges: anon gets nothing; authenticated reads the catalog and may write only the
-- installation columns a client is meant to change; RLS decides which rows.
alter table public.modules enable row level security;
alter table public.org_modules enable row level security;

revoke all on public.modules, public.org_modules from anon, authenticated;
grant select on public.modules to authenticated;
grant select, delete on public.org_modules to authenticated;
grant insert (org_id, module_id, enabled, settings) on public.org_modules to authenticated;
grant update (enabled, settings) on public.org_modules to authenticated;
grant all on public.modules, public.org_modules to service_role;

create policy "Signed-in users can view the catalog"
  on public.modules for select to authenticated
  using (true);

create policy "Members can view their organizations' modules"
  on public.org_modules for select to authenticated
  using (org_id = any ((select module_registry.member_org_ids())::uuid[]));

create policy "Owners and admins can install modules"
  on public.org_modules for insert to authenticated
  with check (org_id = any ((select module_registry.admin_org_ids())::uuid[]));

create policy "Owners and admins can change installed modules"
  on public.org_modules for update to authenticated
  using (org_id = any ((select module_registry.admin_org_ids())::uuid[]))
  with check (org_id = any ((select module_registry.admin_org_ids())::uuid[]));

create policy "Owners and admins can uninstall modules"
  on public.org_modules for delete to authenticated
  using (org_id = any ((select module_registry.admin_org_ids())::uuid[]));
