-- The service's own table, in the service's own migrations (Flyway's naming, Spring Boot's default
-- location, Boot's Flyway history): report runs of an organization's installed "reports" module.
-- It references the registry's tables, so it runs after the registry's migrations.

create type public.report_format as enum ('pdf', 'csv');

create table public.report_runs (
  id bigint generated always as identity,
  org_id uuid not null,
  module_id text not null default 'reports',
  format public.report_format not null default 'pdf',
  created_by uuid not null,
  created_at timestamptz not null default now(),
  constraint report_runs_pkey primary key (id),
  constraint report_runs_installation_fkey foreign key (org_id, module_id)
    references public.org_modules (org_id, module_id) on delete cascade
);

create index report_runs_org_id_idx on public.report_runs (org_id);

alter table public.report_runs enable row level security;

-- Members of the organization read its runs and add runs of their own.
create policy report_runs_select on public.report_runs for select to authenticated
  using (org_id in (select m.org_id from public.org_members m where m.user_id = (select auth.uid())));
create policy report_runs_insert on public.report_runs for insert to authenticated
  with check (created_by = (select auth.uid())
    and org_id in (select m.org_id from public.org_members m where m.user_id = (select auth.uid())));

grant select, insert on public.report_runs to authenticated;
