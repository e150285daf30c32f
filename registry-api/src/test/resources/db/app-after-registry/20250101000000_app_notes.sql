-- An application's own migration, applied after the registry's through RegistrySchema.configure:
-- it lands in the registry's Flyway history but is not a registry migration.
create table public.app_notes (
  id bigint generated always as identity primary key,
  org_id uuid not null references public.organizations (id) on delete cascade,
  body text not null
);
alter table public.app_notes enable row level security;
