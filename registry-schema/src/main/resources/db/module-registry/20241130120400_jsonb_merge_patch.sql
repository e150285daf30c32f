-- RFC 7396 JSON Merge Patch, so that ModuleRegistry.mergeSettings applies a patch atomically in
-- one UPDATE (settings = public.jsonb_merge_patch(settings, $patch)) and concurrent patches to
-- different keys never lose each other's changes.

create or replace function public.jsonb_merge_patch(target jsonb, patch jsonb)
returns jsonb
language plpgsql immutable parallel safe
set search_path = ''
as $$
declare
  merged jsonb;
  patch_key text;
  patch_value jsonb;
begin
  if patch is null then
    return target;
  end if;
  if pg_catalog.jsonb_typeof(patch) <> 'object' then
    return patch;
  end if;
  if target is null or pg_catalog.jsonb_typeof(target) <> 'object' then
    merged := '{}'::jsonb;
  else
    merged := target;
  end if;
  for patch_key, patch_value in select e.key, e.value from pg_catalog.jsonb_each(patch) e loop
    if pg_catalog.jsonb_typeof(patch_value) = 'null' then
      merged := merged - patch_key;
    else
      merged := merged || pg_catalog.jsonb_build_object(
        patch_key, public.jsonb_merge_patch(merged -> patch_key, patch_value));
    end if;
  end loop;
  return merged;
end
$$;

comment on function public.jsonb_merge_patch(jsonb, jsonb) is
  'Applies an RFC 7396 JSON merge patch: object members merge recursively, null removes a member, anything else replaces.';

revoke all on function public.jsonb_merge_patch(jsonb, jsonb) from public, anon;
grant execute on function public.jsonb_merge_patch(jsonb, jsonb) to authenticated, service_role;
