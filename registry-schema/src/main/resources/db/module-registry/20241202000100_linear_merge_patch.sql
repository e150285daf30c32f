-- A linear RFC 7396 merge patch, out of the exposed schema (issue 18, finding 2).
--
-- public.jsonb_merge_patch added one key at a time (merged := merged || jsonb_build_object(...)),
-- copying the whole object for every key of the patch: quadratic, about 1 s of CPU for a patch
-- within the 64 KiB settings limit while the row lock is held, and about 2 s for 8,000 keys. It lived
-- in public, so anyone signed in could call it through PostgREST as an RPC with any size.
--
-- This one builds each object once: the target's members the patch does not name, and the patch's
-- members that are not null (merged recursively where the patch member is an object), aggregated in
-- one pass with jsonb_object_agg. Same results (MergePatchFunctionTest); cost linear in the sizes of
-- target and patch (registry-bench, BENCHMARKS.md). It lives in module_registry, which is never
-- exposed through the API: it is no RPC. authenticated keeps EXECUTE because mergeSettings' UPDATE
-- runs with the caller's rights under RLS, and a function in an UPDATE is called with those rights.
--
-- Existing databases lose public.jsonb_merge_patch: a client calling it as an RPC must use the
-- library's mergeSettings (or write settings) instead.

create or replace function module_registry.jsonb_merge_patch(target jsonb, patch jsonb)
returns jsonb
language plpgsql immutable parallel safe
set search_path = ''
as $$
begin
  if patch is null then
    return target;
  end if;
  if pg_catalog.jsonb_typeof(patch) <> 'object' then
    return patch;
  end if;
  if target is null or pg_catalog.jsonb_typeof(target) <> 'object' then
    target := '{}'::jsonb;
  end if;
  return (
    select coalesce(pg_catalog.jsonb_object_agg(m.key, m.value), '{}'::jsonb)
    from (
      select t.key, t.value
        from pg_catalog.jsonb_each(target) t
       where not (patch ? t.key)
      union all
      select p.key,
             case when pg_catalog.jsonb_typeof(p.value) = 'object'
                  then module_registry.jsonb_merge_patch(target -> p.key, p.value)
                  else p.value end
        from pg_catalog.jsonb_each(patch) p
       where pg_catalog.jsonb_typeof(p.value) <> 'null'
    ) m);
end
$$;

comment on function module_registry.jsonb_merge_patch(jsonb, jsonb) is
  'Applies an RFC 7396 JSON merge patch in time linear in target and patch: object members merge recursively, null removes a member, anything else replaces. Used by mergeSettings; not an RPC.';

revoke all on function module_registry.jsonb_merge_patch(jsonb, jsonb) from public, anon;
grant execute on function module_registry.jsonb_merge_patch(jsonb, jsonb) to authenticated, service_role;

drop function if exists public.jsonb_merge_patch(jsonb, jsonb);

insert into module_registry.applied_migration (version, description) values
  ('20241202000100', 'linear_merge_patch')
on conflict on constraint applied_migration_pkey do nothing;
