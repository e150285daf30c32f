-- The settings validator in one pass, and an update checked for what it changes (issue 20's cost).
--
-- Measured: a settings write to a module with a schema cost 1.43x one without (BENCHMARKS.md, target
-- 1.2x). Nearly all of it was 20241205000000's validator: one PL/pgSQL call per instance location, each
-- with its own pinned search_path (a configuration change per call) and a query per object or array
-- (jsonb_each, jsonb_array_elements), and a plpgsql expression costs its set-up once in every
-- transaction, which a write always is. So:
--   * settings_violations(schema, settings) walks the document in one call, with a queue of (subschema,
--     value, pointer) instead of recursion, reading members through jsonb_path_query_array's keyvalue()
--     and arrays by index (no query), uniqueItems pairwise up to 32 items (a query beyond). The same
--     verdict and texts (SettingsSchemaDifferentialTest compares them with Java's on 9,000 documents).
--   * settings_violations(schema, settings, held): held is a document that satisfies the schema (the
--     row's settings before an UPDATE); a member whose value equals the held document's member at the
--     same place is not walked into (every keyword of the subset reads only the value at its own place,
--     and jsonb equality gives equal verdicts: 1 and 1.0 pass and fail the same keywords), so an update
--     costs what it changes. The violations listed are the same as without it, as long as held is valid.
--     The settings trigger passes the old row's settings when the module stays the same, and on an
--     install the module's defaults (valid against the same row's schema: modules_settings_defaults_valid),
--     so the members that came from the defaults are not walked again. The old settings are valid
--     because every write went through this trigger and a schema change re-checks every row (the
--     deferred modules_settings_schema_held, at commit): within the transaction that changes a schema,
--     an update may skip an unchanged member the new schema refuses, and the commit refuses it (MR197).
--     Rows written with the triggers off (session_replication_role = replica) are not re-checked in
--     their unchanged members.
--   * settings_node_violations (the recursive step) is gone.
-- A $ref cycle without members (which settings_schema_problems and the catalog refuse) would loop: the
-- walk stops after 1,000,000 locations with SQLSTATE 54001 (as the recursion ran out of stack). The walk
-- holds every location it has queued until it returns, so the trigger does not walk settings whose jsonb
-- is over 1 MiB: their compact text is over the 64 KiB that org_modules_settings_size allows (jsonb takes
-- at most about 5 bytes per byte of compact JSON text), and that check refuses them after the trigger.
--
-- Held settings are valid because the trigger refuses invalid ones for every writer who may write the
-- row: it leaves only role authenticated without admin rights on the organization to RLS, whose shipped
-- policies refuse them any write of org_modules. A policy that lets other signed-in users write
-- org_modules would let them store settings this trigger does not check; do not add one without
-- extending the trigger's condition.

create or replace function module_registry.settings_violations(p_schema jsonb, p_settings jsonb, p_held jsonb)
returns text[]
language plpgsql immutable parallel safe
set search_path = ''
as $$
declare
  -- the locations still to check, a queue: subschema, instance and its JSON pointer
  schemas jsonb[] := array[p_schema];
  vals jsonb[] := array[p_settings];
  pointers text[] := array[''];
  helds jsonb[] := array[p_held];  -- the held document's value at the same place, or null
  head int := 1;
  tail int := 1;
  found text[] := '{}';
  sch jsonb;
  val jsonb;
  ptr text;
  vt text;
  n numeric;
  s text;
  len int;
  i int;
  j int;
  k text;
  pairs jsonb;
  props jsonb;
  extra jsonb;
  member boolean;
  held jsonb;
  mv jsonb;  -- a member's value
begin
  if p_schema is null or p_settings is null then
    return '{}';
  end if;
  while head <= tail loop
    sch := schemas[head];
    val := vals[head];
    ptr := pointers[head];
    held := helds[head];
    head := head + 1;
    if head > 1000000 then
      -- a schema outside the subset (a $ref cycle without members, which the catalog refuses) or a document
      -- far beyond the settings' size limit (which the trigger does not walk) gets here
      raise exception 'settings too large to check, or a settings schema that leads back to itself through $ref alone'
        using errcode = '54001';
    end if;
    if sch ? '$ref' then
      tail := tail + 1;
      schemas[tail] := p_schema -> '$defs' -> pg_catalog.substr(sch ->> '$ref', 9);
      vals[tail] := val;
      pointers[tail] := ptr;
      helds[tail] := held;
    end if;
    vt := pg_catalog.jsonb_typeof(val);
    if vt = 'number' then
      n := val::numeric;
    end if;
    if sch ? 'type' and not (sch -> 'type' ? vt
        or (vt = 'number' and sch -> 'type' ? 'integer' and n = pg_catalog.trunc(n))) then
      found := found || ('''' || ptr || ''' violates type');
    end if;
    if sch ? 'enum' then
      -- a scalar: containment in the array is equality with a member
      if vt in ('object', 'array') then
        member := exists (select from pg_catalog.jsonb_array_elements(sch -> 'enum') e where e = val);
      else
        member := sch -> 'enum' @> pg_catalog.jsonb_build_array(val);
      end if;
      if not member then
        found := found || ('''' || ptr || ''' violates enum');
      end if;
    end if;
    if sch ? 'const' and sch -> 'const' <> val then
      found := found || ('''' || ptr || ''' violates const');
    end if;
    if vt = 'number' then
      if sch ? 'minimum' and n < (sch -> 'minimum')::numeric then
        found := found || ('''' || ptr || ''' violates minimum');
      end if;
      if sch ? 'maximum' and n > (sch -> 'maximum')::numeric then
        found := found || ('''' || ptr || ''' violates maximum');
      end if;
      if sch ? 'exclusiveMinimum' and n <= (sch -> 'exclusiveMinimum')::numeric then
        found := found || ('''' || ptr || ''' violates exclusiveMinimum');
      end if;
      if sch ? 'exclusiveMaximum' and n >= (sch -> 'exclusiveMaximum')::numeric then
        found := found || ('''' || ptr || ''' violates exclusiveMaximum');
      end if;
    elsif vt = 'string' then
      s := val #>> '{}';
      if sch ? 'minLength' or sch ? 'maxLength' then
        len := pg_catalog.char_length(s);
        if sch ? 'minLength' and len < (sch -> 'minLength')::numeric then
          found := found || ('''' || ptr || ''' violates minLength');
        end if;
        if sch ? 'maxLength' and len > (sch -> 'maxLength')::numeric then
          found := found || ('''' || ptr || ''' violates maxLength');
        end if;
      end if;
      if sch ? 'pattern' and not s operator(pg_catalog.~) (sch ->> 'pattern') then
        found := found || ('''' || ptr || ''' violates pattern');
      end if;
      if sch ? 'format' and not module_registry.settings_format_ok(sch ->> 'format', s) then
        found := found || ('''' || ptr || ''' violates format');
      end if;
    elsif vt = 'array' then
      len := pg_catalog.jsonb_array_length(val);
      if sch ? 'minItems' and len < (sch -> 'minItems')::numeric then
        found := found || ('''' || ptr || ''' violates minItems');
      end if;
      if sch ? 'maxItems' and len > (sch -> 'maxItems')::numeric then
        found := found || ('''' || ptr || ''' violates maxItems');
      end if;
      if sch -> 'uniqueItems' = 'true'::jsonb and len > 1 then
        member := false;  -- here: a duplicate seen
        if len <= 32 then
          -- pairwise, without a query: jsonb equality as count(distinct) has it (1 = 1.0)
          <<pairwise>>
          for i in 0 .. len - 2 loop
            for j in i + 1 .. len - 1 loop
              if val -> i = val -> j then
                member := true;
                exit pairwise;
              end if;
            end loop;
          end loop;
        else
          member := len > (select pg_catalog.count(distinct e) from pg_catalog.jsonb_array_elements(val) e);
        end if;
        if member then
          found := found || ('''' || ptr || ''' violates uniqueItems');
        end if;
      end if;
      if sch ? 'items' then
        for i in 0 .. len - 1 loop
          tail := tail + 1;
          schemas[tail] := sch -> 'items';
          vals[tail] := val -> i;
          pointers[tail] := ptr || '/' || i;
          helds[tail] := null;
        end loop;
      end if;
    elsif vt = 'object' then
      if sch ? 'required' then
        for i in 0 .. pg_catalog.jsonb_array_length(sch -> 'required') - 1 loop
          k := sch -> 'required' ->> i;
          if not val ? k then
            found := found || ('''' || ptr || '/' || pg_catalog.replace(pg_catalog.replace(k, '~', '~0'), '/', '~1') || ''' violates required');
          end if;
        end loop;
      end if;
      props := coalesce(sch -> 'properties', '{}'::jsonb);
      extra := sch -> 'additionalProperties';
      if props <> '{}'::jsonb or (extra is not null and extra <> 'true'::jsonb) then
        -- the member names as a JSON array, without a query
        pairs := pg_catalog.jsonb_path_query_array(val, '$.keyvalue().key');
        for i in 0 .. pg_catalog.jsonb_array_length(pairs) - 1 loop
          k := pairs ->> i;
          mv := val -> k;
          -- a member as the held document has it satisfies its schema already: nothing below it to check
          continue when held -> k = mv;
          if props ? k then
            tail := tail + 1;
            schemas[tail] := props -> k;
          elsif extra = 'false'::jsonb then
            found := found || ('''' || ptr || '/' || pg_catalog.replace(pg_catalog.replace(k, '~', '~0'), '/', '~1') || ''' violates additionalProperties');
            continue;
          elsif pg_catalog.jsonb_typeof(extra) = 'object' then
            tail := tail + 1;
            schemas[tail] := extra;
          else
            continue;
          end if;
          vals[tail] := mv;
          pointers[tail] := ptr || '/' || pg_catalog.replace(pg_catalog.replace(k, '~', '~0'), '/', '~1');
          helds[tail] := held -> k;
        end loop;
      end if;
    end if;
  end loop;
  if pg_catalog.cardinality(found) < 2 then
    return found;
  end if;
  -- "'<pointer>' violates <keyword>": order by pointer, then keyword (not by the whole text, where a
  -- pointer's closing quote would compare with the next pointer's characters)
  return (
    select pg_catalog.array_agg(t.v order by
             pg_catalog.substr(t.v, 2, pg_catalog.length(t.v) - pg_catalog.length(t.k) - 12) collate pg_catalog."C",
             t.k collate pg_catalog."C")
      from (select distinct f.v, pg_catalog.substring(f.v, ' ([^ ]+)$') k
              from pg_catalog.unnest(found) f(v)) t);
end
$$;

comment on function module_registry.settings_violations(jsonb, jsonb, jsonb) is
  'The violations of module settings against a settings schema (see settings_violations(jsonb, jsonb)), not looking into members equal to those of p_held, a document known to satisfy the schema (null: none); the same list as without it while p_held is valid.';

create or replace function module_registry.settings_violations(p_schema jsonb, p_settings jsonb)
returns text[]
language plpgsql immutable parallel safe
set search_path = ''
as $$
begin
  return module_registry.settings_violations(p_schema, p_settings, null);
end
$$;

drop function if exists module_registry.settings_node_violations(jsonb, jsonb, jsonb, text);

revoke all on function module_registry.settings_violations(jsonb, jsonb, jsonb) from public, anon;
grant execute on function module_registry.settings_violations(jsonb, jsonb, jsonb) to authenticated, service_role;

-- apply_settings_contract as in 20241205000100_settings_contract, now passing the old settings on update.

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
  if pg_catalog.pg_column_size(new.settings) > 1048576 then
    return new;  -- far over org_modules_settings_size, which refuses it after this trigger: not worth a walk
  end if;
  -- what satisfies the schema already (see above): on an update of the same module the old settings,
  -- on an install the defaults (modules_settings_defaults_valid holds them to the same row's schema)
  violations := module_registry.settings_violations(contract.settings_schema, new.settings,
    case when tg_op = 'INSERT' then contract.settings_defaults
         when new.module_id = old.module_id then old.settings end);
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

insert into module_registry.applied_migration (version, description) values
  ('20241206000000', 'settings_validator_single_pass')
on conflict on constraint applied_migration_pkey do nothing;
