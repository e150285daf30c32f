-- The API roles' privileges, as on a Supabase project (issue 18, finding 3).
--
-- Supabase's default privileges grant anon, authenticated and service_role ALL on every table,
-- sequence and function the migrating role creates in public. The earlier migrations revoked that
-- on their tables but not on the identity sequence of org_module_events: a signed-in user could
-- setval it to its maximum and make every installation write of every tenant fail. Nobody but the
-- owner needs the sequence (the history is written by a security-definer trigger, and an identity
-- column takes its values without the writer's privileges), so everybody else loses it.
--
-- service_role held ALL on the catalog and the installations: TRUNCATE (which skips the history
-- trigger), REFERENCES, TRIGGER and MAINTAIN (LOCK TABLE) are more than a service needs; it keeps
-- the DML. SupabasePrivilegesTest holds every API role to an allow-list, with and without
-- Supabase's defaults.

revoke all on sequence public.org_module_events_id_seq from public, anon, authenticated, service_role;

revoke all on table public.modules, public.org_modules from service_role;
grant select, insert, update, delete on table public.modules, public.org_modules to service_role;

insert into module_registry.applied_migration (version, description) values
  ('20241202000000', 'api_role_privileges')
on conflict on constraint applied_migration_pkey do nothing;
