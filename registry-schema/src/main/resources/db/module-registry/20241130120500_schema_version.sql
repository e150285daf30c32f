-- Lets a service check, without privileges on Flyway's table, which migrations its database has:
-- ModuleRegistry.verifySchema() compares this list with the migrations compiled into the library.
-- PL/pgSQL so the function can be created before Flyway's history table exists (plain psql).

create or replace function module_registry.applied_migrations()
returns text[]
language plpgsql stable security definer
set search_path = ''
as $$
declare
  versions text[];
begin
  if pg_catalog.to_regclass('module_registry.flyway_schema_history') is null then
    return null;
  end if;
  execute 'select coalesce(pg_catalog.array_agg(version order by installed_rank), ''{}'')'
       || ' from module_registry.flyway_schema_history where success and version is not null and type = ''SQL'''
    into versions;
  return versions;
end
$$;

comment on function module_registry.applied_migrations() is
  'Versions of the successfully applied Module Registry migrations, oldest first; NULL where Flyway never ran.';

revoke all on function module_registry.applied_migrations() from public;
grant execute on function module_registry.applied_migrations() to authenticated, service_role;
