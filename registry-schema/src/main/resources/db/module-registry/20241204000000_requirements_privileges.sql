-- service_role's privileges on the requirements table, held to the same allow-list as the catalog.
--
-- 20241203120000_module_requirements granted service_role ALL on public.module_requirements, and on a
-- Supabase project the default privileges grant it ALL anyway. TRUNCATE skips the catalog triggers
-- that keep every requirement satisfiable, and REFERENCES, TRIGGER and MAINTAIN (LOCK TABLE) are more
-- than a catalog sync needs: service_role keeps the DML, as on modules and org_modules
-- (20241202000000_api_role_privileges). SupabasePrivilegesTest asserts the allow-list.

revoke all on table public.module_requirements from service_role;
grant select, insert, update, delete on table public.module_requirements to service_role;

insert into module_registry.applied_migration (version, description) values
  ('20241204000000', 'requirements_privileges')
on conflict on constraint applied_migration_pkey do nothing;
