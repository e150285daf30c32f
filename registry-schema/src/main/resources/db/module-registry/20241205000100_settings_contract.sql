-- A settings contract per module (issue 20): stored in the catalog, held for every writer.
--
-- public.modules.settings_schema is a JSON Schema of the documented subset (README "Settings
-- contracts"; module_registry.settings_schema_problems says what is outside it), NULL for no contract;
-- settings_defaults is a JSON object that validates against it. module_registry.sync_catalog writes
-- both from the manifests' "settings" member.
--
-- Every writer of public.org_modules (the library, supabase-js through PostgREST, psql) goes through
-- the BEFORE trigger org_modules_settings_contract:
--   * on INSERT it applies the defaults first: settings := jsonb_merge_patch(defaults, given), so a
--     member given wins and a member given as null removes the default (RFC 7396);
--   * on INSERT and on an UPDATE of settings it validates the row's settings against the module's
--     current schema; a merge patch (mergeSettings) is checked on its result, since the row holds the
--     result. A violation is refused with SQLSTATE MR196, MESSAGE "settings of module '<id>' for
--     organization <uuid> break its settings schema: <v1>; <v2>" (at most 10, then "; and <n> more"),
--     HINT naming the module's version, and every violation in DETAIL, one per line. The library's
--     SettingsSchema.message builds the same text before any SQL.
--   * The refusal is raised only where the write would otherwise go ahead (the organization exists,
--     and the caller is not role authenticated or administers it), like MR001: others get what RLS or
--     the foreign key says. The module's schema is readable by every signed-in user anyway.
--   * It reads the module's row FOR SHARE, so a concurrent change of the schema waits for the write
--     (and a write waits for a schema change and then validates against the new schema). It runs as
--     SECURITY DEFINER (search_path '') because a locking read of public.modules needs more than the
--     SELECT that authenticated has, and so that every writer reads the same row whatever its RLS.
--
-- A new schema that existing settings would fail: REFUSED (MR197), at commit (a deferred constraint
-- trigger), naming the organizations (the first 10, then how many more) and the first violation of
-- each. Decision: refuse rather than keep the old version's schema for those organizations until they
-- are migrated. The catalog has one version per module, shared by every organization (as for
-- requirements), and the Java record and TypeScript types generated from the manifest describe that
-- one schema: settings that the current schema refuses would break the service reading them, which is
-- the failure this contract exists to prevent. Migrate the settings first (to values valid under both
-- schemas), or in the same transaction as the catalog sync, after it: the check runs at commit.
-- Cost: the check validates the settings of every installation of that module once (N validations,
-- through org_modules_module_id_idx), only when the schema changes, never on an unchanged sync.
--
-- Found while redefining sync_catalog: registerModule's upsert (or any direct UPDATE of a module's
-- version) locked the module's row and took the catalog's advisory lock only at commit (the deferred
-- modules_version_in_range check), while sync_catalog takes the advisory lock first and then the rows:
-- the two orders deadlocked (40P01; CatalogLockOrderTest). Every statement that writes the catalog's
-- versions, schemas or requirements now takes the advisory lock before touching a row (a BEFORE
-- statement trigger), so both paths lock in one order.

-- ---------------------------------------------------------------------------------------------
-- The catalog's contract columns. Their check constraints call the validators as the writer
-- (service_role), which 20241205000000_settings_validator grants EXECUTE.

alter table public.modules
  add column settings_schema jsonb
    constraint modules_settings_schema_subset check (
      pg_catalog.jsonb_typeof(settings_schema) = 'object'
      and settings_schema -> 'type' = '"object"'::jsonb
      and pg_catalog.cardinality(module_registry.settings_schema_problems(settings_schema)) = 0),
  add column settings_defaults jsonb not null default '{}'::jsonb
    constraint modules_settings_defaults_valid check (
      pg_catalog.jsonb_typeof(settings_defaults) = 'object'
      and (settings_schema is null
           -- a schema outside the subset is modules_settings_schema_subset's to report
           or settings_schema -> 'type' is distinct from '"object"'::jsonb
           or pg_catalog.cardinality(module_registry.settings_schema_problems(settings_schema)) > 0
           or pg_catalog.cardinality(module_registry.settings_violations(settings_schema, settings_defaults)) = 0));

comment on column public.modules.settings_schema is
  'The JSON Schema (a documented subset of 2020-12) every organization''s settings of this module must validate against; null: any JSON object.';
comment on column public.modules.settings_defaults is
  'Settings applied on install, under the settings given (RFC 7396 merge); valid against settings_schema.';

-- ---------------------------------------------------------------------------------------------
-- The catalog's writers lock in one order: the advisory lock first, then rows.

create or replace function module_registry.lock_catalog()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('module_registry.catalog'));
  return null;
end
$$;

revoke all on function module_registry.lock_catalog() from public;

create trigger modules_catalog_lock
  before insert or update of version, settings_schema on public.modules
  for each statement execute function module_registry.lock_catalog();

create trigger module_requirements_catalog_lock
  before insert or update on public.module_requirements
  for each statement execute function module_registry.lock_catalog();

-- ---------------------------------------------------------------------------------------------
-- Every writer's settings: defaults on install, the schema always.

create or replace function module_registry.apply_settings_contract()
returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  contract record;
  violations text[];
  total integer;
begin
  if tg_op = 'UPDATE' and new.settings is not distinct from old.settings
     and new.module_id is not distinct from old.module_id then
    return new;  -- held to this schema already (the schema's own change checks every row)
  end if;
  select m.settings_schema, m.settings_defaults, m.version into contract
    from public.modules m where m.id = new.module_id for share;
  if not found then
    return new;  -- the foreign key refuses it
  end if;
  if tg_op = 'INSERT' and contract.settings_defaults <> '{}'::jsonb then
    new.settings := module_registry.jsonb_merge_patch(contract.settings_defaults, new.settings);
  end if;
  if contract.settings_schema is null then
    return new;
  end if;
  violations := module_registry.settings_violations(contract.settings_schema, new.settings);
  total := pg_catalog.cardinality(violations);
  if total > 0
     and exists (select 1 from public.organizations o where o.id = new.org_id)
     -- SECURITY DEFINER: current_user is this function's owner; the caller's role is the setting
     and (pg_catalog.current_setting('role') <> 'authenticated'
          or new.org_id = any (module_registry.admin_org_ids())) then
    raise exception using
      errcode = 'MR196',
      message = pg_catalog.format('settings of module ''%s'' for organization %s break its settings schema: %s',
          new.module_id, new.org_id, pg_catalog.array_to_string(violations[1:10], '; '))
        || case when total > 10 then pg_catalog.format('; and %s more', total - 10) else '' end,
      detail = pg_catalog.array_to_string(violations, E'\n'),
      hint = pg_catalog.format('fix the settings to match the schema of module ''%s'' version %s (public.modules.settings_schema)',
          new.module_id, contract.version);
  end if;
  return new;
end
$$;

revoke all on function module_registry.apply_settings_contract() from public;

-- Named to fire after org_modules_guard (triggers fire in name order), which refuses an inactive
-- module or a moved installation first.
create trigger org_modules_settings_contract
  before insert or update of settings, module_id on public.org_modules
  for each row execute function module_registry.apply_settings_contract();

-- ---------------------------------------------------------------------------------------------
-- A schema that existing settings would fail is refused (at commit, so that settings may be migrated
-- in the same transaction).

create or replace function module_registry.check_settings_schema_change()
returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  current public.modules;
  total integer;
  named text;
  lines text;
begin
  select m.* into current from public.modules m where m.id = new.id;
  if not found or current.settings_schema is null then
    return null;
  end if;
  select pg_catalog.count(*)::integer,
         pg_catalog.string_agg(b.org_id::text, ', ' order by b.org_id) filter (where b.n <= 10),
         pg_catalog.string_agg(pg_catalog.format('organization %s: %s', b.org_id, b.violations[1]), E'\n'
             order by b.org_id) filter (where b.n <= 10)
    into total, named, lines
    from (select om.org_id, v.violations, pg_catalog.row_number() over (order by om.org_id) as n
            from public.org_modules om
           cross join lateral (select module_registry.settings_violations(current.settings_schema, om.settings)
                                 as violations) v
           where om.module_id = current.id and pg_catalog.cardinality(v.violations) > 0) b;
  if total > 0 then
    raise exception using
      errcode = 'MR197',
      message = pg_catalog.format('module ''%s'' version %s cannot have its new settings schema: the settings of %s %s break it: %s',
          current.id, current.version, total, case when total = 1 then 'organization' else 'organizations' end, named)
        || case when total > 10 then pg_catalog.format(' and %s more', total - 10) else '' end,
      detail = lines,
      hint = 'Migrate those organizations'' settings first (to values valid under both schemas), or in the same transaction after the catalog sync; then sync again.';
  end if;
  return null;
end
$$;

revoke all on function module_registry.check_settings_schema_change() from public;

create constraint trigger modules_settings_schema_held
  after update of settings_schema on public.modules
  deferrable initially deferred
  for each row when (old.settings_schema is distinct from new.settings_schema and new.settings_schema is not null)
  execute function module_registry.check_settings_schema_change();

-- ---------------------------------------------------------------------------------------------
-- sync_catalog as in 20241203120000_module_requirements, now with each manifest's settings contract
-- (members settings_schema, null for none, and settings_defaults, {} for none).

create or replace function module_registry.sync_catalog(p_manifests jsonb)
returns setof public.modules
language plpgsql volatile
set search_path = ''
as $$
begin
  perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('module_registry.catalog'));
  insert into public.modules as m (id, name, description, version, settings_schema, settings_defaults)
  select e ->> 'id', e ->> 'name', e ->> 'description', e ->> 'version',
         nullif(e -> 'settings_schema', 'null'::jsonb),
         coalesce(nullif(e -> 'settings_defaults', 'null'::jsonb), '{}'::jsonb)
    from pg_catalog.jsonb_array_elements(p_manifests) e
  on conflict on constraint modules_pkey do update
    set name = excluded.name, description = excluded.description, version = excluded.version,
        settings_schema = excluded.settings_schema, settings_defaults = excluded.settings_defaults
    where (m.name, m.description, m.version, m.settings_schema, m.settings_defaults)
          is distinct from (excluded.name, excluded.description, excluded.version, excluded.settings_schema,
                            excluded.settings_defaults);
  delete from public.module_requirements r
   using pg_catalog.jsonb_array_elements(p_manifests) e
   where r.module_id = e ->> 'id' and not coalesce(e -> 'requires', '{}') ? r.requires_id;
  insert into public.module_requirements as r (module_id, requires_id, version_range)
  select e ->> 'id', q.key, q.value
    from pg_catalog.jsonb_array_elements(p_manifests) e,
         pg_catalog.jsonb_each_text(coalesce(e -> 'requires', '{}')) q
  on conflict on constraint module_requirements_pkey do update
    set version_range = excluded.version_range
    where r.version_range is distinct from excluded.version_range;
  return query select m.* from public.modules m
    where m.id in (select e ->> 'id' from pg_catalog.jsonb_array_elements(p_manifests) e) order by m.id;
end
$$;

comment on function module_registry.sync_catalog(jsonb) is
  'Registers module manifests, their requirements and settings contracts idempotently, in one transaction (service_role).';

insert into module_registry.applied_migration (version, description) values
  ('20241205000100', 'settings_contract')
on conflict on constraint applied_migration_pkey do nothing;
