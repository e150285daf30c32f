-- The sample service's own table: projects of an organization, each under an installed module.
create type public.project_status as enum ('active', 'archived');

create table public.projects (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  org_module_id uuid not null references public.org_modules (id) on delete cascade,
  name text not null check (pg_catalog.btrim(name) <> ''),
  status public.project_status not null default 'active',
  created_at timestamptz not null default now()
);
create index projects_org_id_idx on public.projects (org_id);
create index projects_org_module_id_idx on public.projects (org_module_id);

-- Members of the organization read its projects; its owners and admins write them.
alter table public.projects enable row level security;
grant select, insert, update, delete on public.projects to authenticated, service_role;
create policy projects_select on public.projects for select to authenticated
  using (org_id = any ((select module_registry.member_org_ids())::uuid[]));
create policy projects_insert on public.projects for insert to authenticated
  with check (org_id = any ((select module_registry.admin_org_ids())::uuid[]));
