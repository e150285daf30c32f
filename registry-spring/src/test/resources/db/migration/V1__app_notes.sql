-- The application's own migration, at Spring Boot's default location and in Flyway's naming. It
-- references the registry's tables, so it must run after the registry's migrations.
create table public.app_notes (
  id bigint generated always as identity primary key,
  org_id uuid not null,
  module_id text not null,
  body text not null,
  constraint app_notes_installation_fkey foreign key (org_id, module_id)
    references public.org_modules (org_id, module_id) on delete cascade
);
alter table public.app_notes enable row level security;
