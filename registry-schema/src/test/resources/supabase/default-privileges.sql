-- What a Supabase project grants before any migration of ours runs (supabase/postgres init
-- scripts): usage on schema public for the API roles, and default privileges that give anon,
-- authenticated and service_role ALL on every table, sequence and function the migrating role
-- later creates in public. The registry's migrations must take back what these grant too much.

-- The roles are cluster-wide and exist already: the shared test database, migrated first, created
-- them where the server lacked them (as a Supabase server has them).

grant usage on schema public to anon, authenticated, service_role;

alter default privileges in schema public grant all on tables to anon, authenticated, service_role;
alter default privileges in schema public grant all on sequences to anon, authenticated, service_role;
alter default privileges in schema public grant all on functions to anon, authenticated, service_role;
