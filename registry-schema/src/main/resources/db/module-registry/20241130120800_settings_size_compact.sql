-- One definition of the settings limit, the same in SQL and in Java (issue 11, section 4).
--
-- The limit used to be octet_length(settings::text) <= 65536. jsonb's text form puts a space after
-- every ':' and ',' (PostgreSQL's jsonb_out), so settings that are 59,401 bytes as a client writes
-- them were 70,200 bytes to the check and refused, while the library checked the compact form.
--
-- Now the size of settings is the size of their COMPACT canonical JSON text: jsonb's text form
-- without those separator spaces, in UTF-8 bytes. That is what the library measures before it sends
-- anything (SettingsCodec.storedSize): the value as PostgreSQL keeps it (one member per key, the last
-- one wins; numbers in plain notation, as numeric prints them), written with no whitespace.
-- jsonb's text form has whitespace only in those separators, one space each: n members of an object
-- add 2n - 1 spaces (': ' each, ', ' between), m elements of an array m - 1.

create or replace function module_registry.jsonb_compact_size(value jsonb)
returns integer
language sql immutable strict parallel safe
set search_path = ''
as $$
  select pg_catalog.octet_length(value::text) - coalesce((
    select pg_catalog.sum(case pg_catalog.jsonb_typeof(item)
        when 'object' then greatest(2 * (select pg_catalog.count(*) from pg_catalog.jsonb_object_keys(item)) - 1, 0)
        when 'array' then greatest(pg_catalog.jsonb_array_length(item) - 1, 0)
        else 0 end)::integer
    from pg_catalog.jsonb_path_query(value, 'strict $.**') as item), 0)
$$;

comment on function module_registry.jsonb_compact_size(jsonb) is
  'Bytes of the compact canonical JSON text of a jsonb value (its text form without the separator spaces): the measure of the 64 KiB settings limit, reproduced by the Java library.';

revoke all on function module_registry.jsonb_compact_size(jsonb) from public;
grant execute on function module_registry.jsonb_compact_size(jsonb) to authenticated, service_role;

-- Settings whose spaced text form fits are certainly small enough: only larger ones are measured.
alter table public.org_modules
  drop constraint org_modules_settings_size,
  add constraint org_modules_settings_size check (
    case when pg_catalog.octet_length(settings::text) <= 65536 then true
         else module_registry.jsonb_compact_size(settings) <= 65536 end);

comment on column public.org_modules.settings is
  'Module settings: always a JSON object, at most 64 KiB (65,536 bytes) as compact JSON text (module_registry.jsonb_compact_size).';

insert into module_registry.applied_migration (version, description) values
  ('20241130120800', 'settings_size_compact')
on conflict on constraint applied_migration_pkey do nothing;
