-- Which Module Registry migrations a database has, however they were applied.
--
-- Flyway's history cannot answer that alone: a database migrated with plain psql (as the README
-- shows) has none, and an application may keep its own migrations in a history of its own or add
-- them to ours. So the registry keeps a ledger of its own migrations in its private schema: this
-- migration records itself and every earlier one (they ran before it, in file-name order), and
-- every later migration ends by recording its own version (MigrationNamingTest enforces that).
-- ModuleRegistry.verifySchema() reads it through module_registry.applied_migrations().

create table if not exists module_registry.applied_migration (
  version text not null,
  description text not null,
  applied_at timestamptz not null default now(),
  constraint applied_migration_pkey primary key (version),
  constraint applied_migration_version_format check (version ~ '^[0-9]{14}$')
);

comment on table module_registry.applied_migration is
  'Module Registry migrations applied to this database (by Flyway or psql); one row per migration.';

revoke all on table module_registry.applied_migration from public;

insert into module_registry.applied_migration (version, description) values
  ('20241130120000', 'supabase_compatibility'),
  ('20241130120100', 'tenancy_baseline'),
  ('20241130120200', 'create_module_registry'),
  ('20241130120300', 'module_installation_history'),
  ('20241130120400', 'jsonb_merge_patch'),
  ('20241130120500', 'schema_version'),
  ('20241130120600', 'migration_ledger')
on conflict on constraint applied_migration_pkey do nothing;

-- Same signature as before, now read from the ledger: versions oldest first, never NULL.
create or replace function module_registry.applied_migrations()
returns text[]
language sql stable security definer
set search_path = ''
as $$
  select coalesce(pg_catalog.array_agg(version order by version), '{}')
  from module_registry.applied_migration
$$;

comment on function module_registry.applied_migrations() is
  'Versions of the applied Module Registry migrations (by Flyway or psql), oldest first.';

revoke all on function module_registry.applied_migrations() from public;
grant execute on function module_registry.applied_migrations() to authenticated, service_role;
