-- The database's validator of module settings (issue 20): a subset of JSON Schema 2020-12, checked here
-- and in Java (io.moduleregistry.SettingsSchema, networknt's json-schema-validator) with the same verdict
-- and the same texts; SettingsSchemaDifferentialTest compares both on generated documents.
--
-- settings_schema_problems(schema) lists why a schema is outside the subset (empty when it is in it):
--   supported keywords: type, properties, required, additionalProperties, enum, const, minimum, maximum,
--   exclusiveMinimum, exclusiveMaximum, minLength, maxLength, pattern, format (date, date-time, uuid,
--   email), items, minItems, maxItems, uniqueItems, $defs (at the root only), $ref ('#/$defs/<name>',
--   name of [A-Za-z0-9_.-]; a cycle of $refs alone is refused); annotations $schema (root only, 2020-12),
--   title, description, $comment, default, examples, deprecated, readOnly, writeOnly. Any other keyword:
--   "keyword 'oneOf' at '/properties/mode' is not supported". The root must say "type": "object".
--   A subschema is a JSON object (true/false only as additionalProperties).
--   pattern: only constructs that mean the same in Java regex and PostgreSQL ARE are accepted: literal
--   characters, '.', '^', '$', groups '(...)' and '(?:...)', '|', quantifiers * + ? {n} {n,} {n,m}
--   (bounds up to 255, PostgreSQL's limit) each optionally lazy, bracket expressions of single characters
--   and ranges (negated with a leading ^; '[', '&' and a literal '-' must be escaped inside), and escapes:
--   a backslash before ASCII punctuation or space, \n \t \r \f. Refused: \d \w \s \b (locale-dependent in
--   PostgreSQL, ASCII in Java: write [0-9]), back-references, lookaround, flags, possessive quantifiers,
--   POSIX classes, \u escapes. Java compiles '.' with DOTALL and '$' as \z, as ARE means them.
-- settings_violations(schema, settings) lists "'<pointer>' violates <keyword>" for a document: sorted by
--   pointer (code points, collate "C"), then keyword; empty when valid; a null schema is no contract.
--   integer = a number with no fractional part (1.0 is one); numbers compare as numeric (exact); lengths
--   count code points; pattern searches (unanchored); enum, const and uniqueItems use jsonb equality
--   (1 = 1.0, member order irrelevant); a keyword that does not apply to the instance's type passes.
--   Formats: date = RFC 3339 full-date (a real calendar day), date-time = RFC 3339 date-time (T or t,
--   Z, z or an offset; second 60 only at 23:59 UTC), uuid = 8-4-4-4-12 hex digits, email =
--   ^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$
--   (the WHATWG form's, ASCII only).
-- Both read no table: pure functions of their arguments, immutable. The settings trigger and the modules'
-- check constraints (20241205000100_settings_contract) call them with the writer's rights, so the API
-- roles keep EXECUTE; module_registry is not exposed through PostgREST, so they are no RPC.

create or replace function module_registry.settings_pointer_token(p_key text)
returns text
language sql immutable parallel safe strict
set search_path = ''
as $$ select pg_catalog.replace(pg_catalog.replace(p_key, '~', '~0'), '/', '~1') $$;

comment on function module_registry.settings_pointer_token(text) is
  'Escapes a member name as an RFC 6901 JSON pointer token (~ as ~0, / as ~1).';

create or replace function module_registry.settings_format_ok(p_format text, p_value text)
returns boolean
language plpgsql immutable parallel safe strict
set search_path = ''
as $body$
declare
  m text[];
  y int; mo int; d int; last int; h int; mi int; s int; off int;
begin
  if p_format = 'uuid' then
    return p_value ~ '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
  elsif p_format = 'email' then
    return p_value ~ $re$^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$$re$;
  elsif p_format = 'date' then
    m := pg_catalog.regexp_match(p_value, '^([0-9]{4})-([0-9]{2})-([0-9]{2})$');
  elsif p_format = 'date-time' then
    m := pg_catalog.regexp_match(p_value,
      '^([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]+)?([Zz]|([+-])([0-9]{2}):([0-9]{2}))$');
  else
    return true;
  end if;
  if m is null then
    return false;
  end if;
  y := m[1]::int; mo := m[2]::int; d := m[3]::int;
  last := case when mo = 2 then case when y % 4 = 0 and (y % 100 <> 0 or y % 400 = 0) then 29 else 28 end
               when mo in (4, 6, 9, 11) then 30 else 31 end;
  if mo < 1 or mo > 12 or d < 1 or d > last then
    return false;
  end if;
  if p_format = 'date' then
    return true;
  end if;
  h := m[4]::int; mi := m[5]::int; s := m[6]::int;
  if h > 23 or mi > 59 or s > 60 then
    return false;
  end if;
  off := 0;
  if m[9] is not null then
    if m[10]::int > 23 or m[11]::int > 59 then
      return false;
    end if;
    off := (m[10]::int * 60 + m[11]::int) * case when m[9] = '-' then -1 else 1 end;
  end if;
  -- a leap second is the last second of a UTC day
  return s < 60 or ((h * 60 + mi - off) % 1440 + 1440) % 1440 = 1439;
end
$body$;

comment on function module_registry.settings_format_ok(text, text) is
  'Whether a string has a settings-schema format (date, date-time, uuid, email); other formats pass.';

create or replace function module_registry.settings_node_violations(p_root jsonb, p_schema jsonb, p_value jsonb, p_pointer text)
returns text[]
language plpgsql immutable parallel safe
set search_path = ''
as $$
declare
  found text[] := '{}';
  failed text[] := '{}';  -- the keywords failing at this location
  vt text := pg_catalog.jsonb_typeof(p_value);
  n numeric;
  s text;
  len int;
  k text;
  v jsonb;
  i bigint;
  props jsonb;
  extra jsonb;
  member boolean;
begin
  if p_schema ? '$ref' then
    found := module_registry.settings_node_violations(p_root,
      p_root -> '$defs' -> pg_catalog.substr(p_schema ->> '$ref', 9), p_value, p_pointer);
  end if;
  if vt = 'number' then
    n := p_value::numeric;
  end if;
  if p_schema ? 'type' and not (p_schema -> 'type' ? vt
      or (vt = 'number' and p_schema -> 'type' ? 'integer' and n = pg_catalog.trunc(n))) then
    failed := failed || 'type'::text;
  end if;
  if p_schema ? 'enum' then
    -- a scalar: containment in the array is equality with a member, and needs no query
    if vt in ('object', 'array') then
      member := exists (select from pg_catalog.jsonb_array_elements(p_schema -> 'enum') e where e = p_value);
    else
      member := p_schema -> 'enum' @> pg_catalog.jsonb_build_array(p_value);
    end if;
    if not member then
      failed := failed || 'enum'::text;
    end if;
  end if;
  if p_schema ? 'const' and p_schema -> 'const' <> p_value then
    failed := failed || 'const'::text;
  end if;
  if vt = 'number' then
    if p_schema ? 'minimum' and n < (p_schema -> 'minimum')::numeric then
      failed := failed || 'minimum'::text;
    end if;
    if p_schema ? 'maximum' and n > (p_schema -> 'maximum')::numeric then
      failed := failed || 'maximum'::text;
    end if;
    if p_schema ? 'exclusiveMinimum' and n <= (p_schema -> 'exclusiveMinimum')::numeric then
      failed := failed || 'exclusiveMinimum'::text;
    end if;
    if p_schema ? 'exclusiveMaximum' and n >= (p_schema -> 'exclusiveMaximum')::numeric then
      failed := failed || 'exclusiveMaximum'::text;
    end if;
  elsif vt = 'string' then
    s := p_value #>> '{}';
    len := pg_catalog.char_length(s);
    if p_schema ? 'minLength' and len < (p_schema -> 'minLength')::numeric then
      failed := failed || 'minLength'::text;
    end if;
    if p_schema ? 'maxLength' and len > (p_schema -> 'maxLength')::numeric then
      failed := failed || 'maxLength'::text;
    end if;
    if p_schema ? 'pattern' and not s operator(pg_catalog.~) (p_schema ->> 'pattern') then
      failed := failed || 'pattern'::text;
    end if;
    if p_schema ? 'format' and not module_registry.settings_format_ok(p_schema ->> 'format', s) then
      failed := failed || 'format'::text;
    end if;
  elsif vt = 'array' then
    len := pg_catalog.jsonb_array_length(p_value);
    if p_schema ? 'minItems' and len < (p_schema -> 'minItems')::numeric then
      failed := failed || 'minItems'::text;
    end if;
    if p_schema ? 'maxItems' and len > (p_schema -> 'maxItems')::numeric then
      failed := failed || 'maxItems'::text;
    end if;
    if p_schema -> 'uniqueItems' = 'true'::jsonb and len > 1 and len > (
        select pg_catalog.count(distinct e) from pg_catalog.jsonb_array_elements(p_value) e) then
      failed := failed || 'uniqueItems'::text;
    end if;
    if p_schema ? 'items' then
      for v, i in select e.value, e.ordinality from pg_catalog.jsonb_array_elements(p_value) with ordinality e loop
        found := found || module_registry.settings_node_violations(p_root, p_schema -> 'items', v,
          p_pointer || '/' || (i - 1));
      end loop;
    end if;
  elsif vt = 'object' then
    props := coalesce(p_schema -> 'properties', '{}'::jsonb);
    if p_schema ? 'required' then
      for k in select r from pg_catalog.jsonb_array_elements_text(p_schema -> 'required') r loop
        if not p_value ? k then
          found := found || ('''' || p_pointer || '/' || pg_catalog.replace(pg_catalog.replace(k, '~', '~0'), '/', '~1') || ''' violates required');
        end if;
      end loop;
    end if;
    extra := p_schema -> 'additionalProperties';
    if props <> '{}'::jsonb or (extra is not null and extra <> 'true'::jsonb) then
      for k, v in select e.key, e.value from pg_catalog.jsonb_each(p_value) e loop
        if props ? k then
          found := found || module_registry.settings_node_violations(p_root, props -> k, v,
            p_pointer || '/' || pg_catalog.replace(pg_catalog.replace(k, '~', '~0'), '/', '~1'));
        elsif extra = 'false'::jsonb then
          found := found || ('''' || p_pointer || '/' || pg_catalog.replace(pg_catalog.replace(k, '~', '~0'), '/', '~1') || ''' violates additionalProperties');
        elsif pg_catalog.jsonb_typeof(extra) = 'object' then
          found := found || module_registry.settings_node_violations(p_root, extra, v,
            p_pointer || '/' || pg_catalog.replace(pg_catalog.replace(k, '~', '~0'), '/', '~1'));
        end if;
      end loop;
    end if;
  end if;
  foreach k in array failed loop
    found := found || ('''' || p_pointer || ''' violates ' || k);
  end loop;
  return found;
end
$$;

comment on function module_registry.settings_node_violations(jsonb, jsonb, jsonb, text) is
  'The violations of one instance location against one subschema, unsorted; settings_violations sorts them.';

create or replace function module_registry.settings_violations(p_schema jsonb, p_settings jsonb)
returns text[]
language plpgsql immutable parallel safe
set search_path = ''
as $$
declare
  found text[];
begin
  if p_schema is null or p_settings is null then
    return '{}';
  end if;
  found := module_registry.settings_node_violations(p_schema, p_schema, p_settings, '');
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

comment on function module_registry.settings_violations(jsonb, jsonb) is
  'The violations of module settings against a settings schema of the supported JSON Schema subset, as ''<pointer>'' violates <keyword>, sorted by pointer (collate "C") then keyword; empty when valid or when the schema is null. Same verdict and texts as Java''s SettingsSchema.violations.';

create or replace function module_registry.settings_pattern_ok(p_pattern text)
returns boolean
language plpgsql immutable parallel safe strict
set search_path = ''
as $$
declare
  n int := pg_catalog.length(p_pattern);
  i int := 1;
  c text;
  depth int := 0;
  quantifiable boolean := false;
  members int;
  lo int;
  hi int;
  b text;
  punctuation constant text := ' !"#$%&''()*+,-./:;<=>?@[\]^_`{|}~';
begin
  while i <= n loop
    c := pg_catalog.substr(p_pattern, i, 1);
    if c = '\' then
      c := pg_catalog.substr(p_pattern, i + 1, 1);
      if c = '' or not (pg_catalog.strpos(punctuation, c) > 0 or c in ('n', 't', 'r', 'f')) then
        return false;
      end if;
      i := i + 2;
      quantifiable := true;
    elsif c = '[' then
      i := i + 1;
      if pg_catalog.substr(p_pattern, i, 1) = '^' then
        i := i + 1;
      end if;
      members := 0;
      loop
        c := pg_catalog.substr(p_pattern, i, 1);
        exit when c = ']';
        -- one character (perhaps escaped), then perhaps '-' and the range's last character
        lo := null;
        for pass in 1..2 loop
          c := pg_catalog.substr(p_pattern, i, 1);
          if c = '\' then
            c := pg_catalog.substr(p_pattern, i + 1, 1);
            if c = '' or not (pg_catalog.strpos(punctuation, c) > 0 or c in ('n', 't', 'r', 'f')) then
              return false;
            end if;
            c := case c when 'n' then e'\n' when 't' then e'\t' when 'r' then e'\r' when 'f' then e'\f' else c end;
            i := i + 2;
          elsif c in ('', '[', ']', '&', '-') then
            return false;
          else
            i := i + 1;
          end if;
          if pass = 1 then
            lo := pg_catalog.ascii(c);
            exit when pg_catalog.substr(p_pattern, i, 1) <> '-';
            i := i + 1;
          elsif pg_catalog.ascii(c) < lo then
            return false;
          end if;
        end loop;
        members := members + 1;
      end loop;
      if members = 0 then
        return false;
      end if;
      i := i + 1;
      quantifiable := true;
    elsif c = '(' then
      if pg_catalog.substr(p_pattern, i + 1, 1) = '?' then
        if pg_catalog.substr(p_pattern, i + 2, 1) <> ':' then
          return false;
        end if;
        i := i + 3;
      else
        i := i + 1;
      end if;
      depth := depth + 1;
      quantifiable := false;
    elsif c = ')' then
      depth := depth - 1;
      if depth < 0 then
        return false;
      end if;
      i := i + 1;
      quantifiable := true;
    elsif c in ('*', '+', '?', '{') then
      if not quantifiable then
        return false;
      end if;
      if c = '{' then
        b := pg_catalog.substring(pg_catalog.substr(p_pattern, i), '^\{([0-9]{1,3}(,([0-9]{1,3})?)?)\}');
        if b is null then
          return false;
        end if;
        lo := pg_catalog.split_part(b, ',', 1)::int;
        hi := case when b !~ ',' then lo when pg_catalog.split_part(b, ',', 2) = '' then lo
                   else pg_catalog.split_part(b, ',', 2)::int end;
        if lo > 255 or hi > 255 or hi < lo then
          return false;
        end if;
        i := i + pg_catalog.length(b) + 2;
      else
        i := i + 1;
      end if;
      if pg_catalog.substr(p_pattern, i, 1) = '?' then
        i := i + 1;
      end if;
      quantifiable := false;
    elsif c in ('|', '^', '$') then
      i := i + 1;
      quantifiable := false;
    elsif c in (']', '}') then
      return false;
    else
      i := i + 1;
      quantifiable := true;
    end if;
  end loop;
  return depth = 0;
end
$$;

comment on function module_registry.settings_pattern_ok(text) is
  'Whether a settings-schema pattern uses only regular-expression constructs that mean the same in Java and PostgreSQL (see 20241205000000_settings_validator).';

create or replace function module_registry.settings_node_problems(p_root jsonb, p_node jsonb, p_pointer text)
returns text[]
language plpgsql immutable parallel safe
set search_path = ''
as $$
declare
  found text[] := '{}';
  k text;
  v jsonb;
  m text;
  at text;
begin
  if pg_catalog.jsonb_typeof(p_node) is distinct from 'object' then
    return array['schema at ''' || p_pointer || ''' must be an object'];
  end if;
  for k, v in select e.key, e.value from pg_catalog.jsonb_each(p_node) e loop
    at := 'keyword ''' || k || ''' at ''' || p_pointer || ''' ';
    m := null;
    case
      when k in ('title', 'description', '$comment', 'default', 'examples', 'deprecated', 'readOnly', 'writeOnly') then
        null;
      when k = '$schema' then
        if p_pointer <> '' then
          m := 'is only supported at the root';
        elsif v <> '"https://json-schema.org/draft/2020-12/schema"'::jsonb then
          m := 'must be "https://json-schema.org/draft/2020-12/schema"';
        end if;
      when k = 'type' then
        if not (case pg_catalog.jsonb_typeof(v)
            when 'string' then v #>> '{}' in ('object', 'array', 'string', 'number', 'integer', 'boolean', 'null')
            when 'array' then pg_catalog.jsonb_array_length(v) > 0 and (
              select pg_catalog.bool_and(pg_catalog.jsonb_typeof(t) = 'string'
                       and t #>> '{}' in ('object', 'array', 'string', 'number', 'integer', 'boolean', 'null'))
                     and pg_catalog.count(distinct t) = pg_catalog.count(*)
                from pg_catalog.jsonb_array_elements(v) t)
            else false end) then
          m := 'must be one of object, array, string, number, integer, boolean, null, or an array of distinct ones';
        end if;
      when k = 'properties' then
        if pg_catalog.jsonb_typeof(v) <> 'object' then
          m := 'must be an object of schemas';
        else
          found := found || coalesce((select pg_catalog.array_agg(p)
            from pg_catalog.jsonb_each(v) e,
                 pg_catalog.unnest(module_registry.settings_node_problems(p_root, e.value,
                   p_pointer || '/properties/' || module_registry.settings_pointer_token(e.key))) p), '{}');
        end if;
      when k = 'required' then
        if pg_catalog.jsonb_typeof(v) <> 'array' or exists (
            select from pg_catalog.jsonb_array_elements(v) r where pg_catalog.jsonb_typeof(r) <> 'string')
           or (select pg_catalog.count(distinct r) <> pg_catalog.count(*) from pg_catalog.jsonb_array_elements(v) r) then
          m := 'must be an array of distinct strings';
        end if;
      when k = 'additionalProperties' then
        if pg_catalog.jsonb_typeof(v) = 'object' then
          found := found || module_registry.settings_node_problems(p_root, v, p_pointer || '/additionalProperties');
        elsif pg_catalog.jsonb_typeof(v) <> 'boolean' then
          m := 'must be a boolean or a schema';
        end if;
      when k = 'items' then
        if pg_catalog.jsonb_typeof(v) = 'object' then
          found := found || module_registry.settings_node_problems(p_root, v, p_pointer || '/items');
        else
          m := 'must be a schema';
        end if;
      when k = 'enum' then
        if pg_catalog.jsonb_typeof(v) <> 'array' then
          m := 'must be an array';
        end if;
      when k = 'const' then
        null;
      when k in ('minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum') then
        if pg_catalog.jsonb_typeof(v) <> 'number' then
          m := 'must be a number';
        end if;
      when k in ('minLength', 'maxLength', 'minItems', 'maxItems') then
        -- nested, not one OR: a plan may fold a constant's cast to numeric before testing its type
        if pg_catalog.jsonb_typeof(v) <> 'number' then
          m := 'must be an integer from 0 to 2147483647';
        elsif v::numeric < 0 or v::numeric > 2147483647 or v::numeric <> pg_catalog.trunc(v::numeric) then
          m := 'must be an integer from 0 to 2147483647';
        end if;
      when k = 'uniqueItems' then
        if pg_catalog.jsonb_typeof(v) <> 'boolean' then
          m := 'must be a boolean';
        end if;
      when k = 'pattern' then
        if pg_catalog.jsonb_typeof(v) <> 'string' or not module_registry.settings_pattern_ok(v #>> '{}') then
          m := 'must be a regular expression of the supported subset';
        end if;
      when k = 'format' then
        if pg_catalog.jsonb_typeof(v) <> 'string' or v #>> '{}' not in ('date', 'date-time', 'uuid', 'email') then
          m := 'must be one of date, date-time, uuid, email';
        end if;
      when k = '$defs' then
        if p_pointer <> '' then
          m := 'is only supported at the root';
        elsif pg_catalog.jsonb_typeof(v) <> 'object' then
          m := 'must be an object of schemas';
        else
          found := found || coalesce((select pg_catalog.array_agg(p)
            from pg_catalog.jsonb_each(v) e,
                 pg_catalog.unnest(module_registry.settings_node_problems(p_root, e.value,
                   '/$defs/' || module_registry.settings_pointer_token(e.key))) p), '{}');
        end if;
      when k = '$ref' then
        if pg_catalog.jsonb_typeof(v) <> 'string' or (v #>> '{}') !~ '^#/\$defs/[A-Za-z0-9_.-]+$'
           or pg_catalog.jsonb_typeof(p_root -> '$defs') is distinct from 'object'
           or not (p_root -> '$defs') ? pg_catalog.substr(v #>> '{}', 9) then
          m := 'must be ''#/$defs/<name>'' naming a schema of the root''s $defs';
        end if;
      else
        m := 'is not supported';
    end case;
    if m is not null then
      found := found || (at || m);
    end if;
  end loop;
  return found;
end
$$;

comment on function module_registry.settings_node_problems(jsonb, jsonb, text) is
  'Why one subschema is outside the settings subset, unsorted; settings_schema_problems sorts them.';

create or replace function module_registry.settings_schema_problems(p_schema jsonb)
returns text[]
language plpgsql immutable parallel safe
set search_path = ''
as $$
declare
  found text[];
  name text;
  seen text[];
  next jsonb;
begin
  if p_schema is null then
    return '{}';
  end if;
  found := module_registry.settings_node_problems(p_schema, p_schema, '');
  if pg_catalog.jsonb_typeof(p_schema) = 'object' and p_schema -> 'type' is distinct from '"object"'::jsonb then
    found := found || 'keyword ''type'' at '''' must be "object": settings are a JSON object'::text;
  end if;
  -- a $ref that leads back to its own schema through $refs alone never reaches the instance's members
  if pg_catalog.jsonb_typeof(p_schema -> '$defs') = 'object' then
    for name in select pg_catalog.jsonb_object_keys(p_schema -> '$defs') loop
      seen := array[name];
      next := p_schema -> '$defs' -> name;
      while pg_catalog.jsonb_typeof(next -> '$ref') = 'string' and (next ->> '$ref') ~ '^#/\$defs/[A-Za-z0-9_.-]+$' loop
        if pg_catalog.substr(next ->> '$ref', 9) = name then
          found := found || ('keyword ''$ref'' at ''/$defs/' || module_registry.settings_pointer_token(name)
            || ''' leads back to it through $ref alone');
          exit;
        end if;
        exit when pg_catalog.substr(next ->> '$ref', 9) = any(seen);
        seen := seen || pg_catalog.substr(next ->> '$ref', 9);
        next := p_schema -> '$defs' -> pg_catalog.substr(next ->> '$ref', 9);
      end loop;
    end loop;
  end if;
  return coalesce((select pg_catalog.array_agg(d.p order by d.p collate pg_catalog."C")
                     from (select distinct f.p from pg_catalog.unnest(found) f(p)) d), '{}');
end
$$;

comment on function module_registry.settings_schema_problems(jsonb) is
  'Why a settings schema is outside the supported JSON Schema subset (empty when it is in it), sorted (collate "C"): unsupported keywords named with their place, malformed values, unresolvable or cyclic $refs. Same texts as Java''s SettingsSchema.problems.';

revoke all on function module_registry.settings_pointer_token(text) from public, anon;
revoke all on function module_registry.settings_format_ok(text, text) from public, anon;
revoke all on function module_registry.settings_node_violations(jsonb, jsonb, jsonb, text) from public, anon;
revoke all on function module_registry.settings_violations(jsonb, jsonb) from public, anon;
revoke all on function module_registry.settings_pattern_ok(text) from public, anon;
revoke all on function module_registry.settings_node_problems(jsonb, jsonb, text) from public, anon;
revoke all on function module_registry.settings_schema_problems(jsonb) from public, anon;
grant execute on function module_registry.settings_pointer_token(text) to authenticated, service_role;
grant execute on function module_registry.settings_format_ok(text, text) to authenticated, service_role;
grant execute on function module_registry.settings_node_violations(jsonb, jsonb, jsonb, text) to authenticated, service_role;
grant execute on function module_registry.settings_violations(jsonb, jsonb) to authenticated, service_role;
grant execute on function module_registry.settings_pattern_ok(text) to authenticated, service_role;
grant execute on function module_registry.settings_node_problems(jsonb, jsonb, text) to authenticated, service_role;
grant execute on function module_registry.settings_schema_problems(jsonb) to authenticated, service_role;

insert into module_registry.applied_migration (version, description) values
  ('20241205000000', 'settings_validator')
on conflict on constraint applied_migration_pkey do nothing;
