-- A service's own table: rows per organization and installed module, with an enum and RLS.
create type public.project_status as enum ('active', 'archived');

create table public.projects (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  org_module_id uuid not null references public.org_modules (id) on delete cascade,
  name text not null,
  status public.project_status not null default 'active',
  details jsonb not null default '{}'
);
create index projects_org_id_idx on public.projects (org_id);
create index projects_org_module_id_idx on public.projects (org_module_id);

alter table public.projects enable row level security;
create policy projects_select on public.projects for select to authenticated
  using (org_id = any ((select module_registry.member_org_ids())::uuid[]));
