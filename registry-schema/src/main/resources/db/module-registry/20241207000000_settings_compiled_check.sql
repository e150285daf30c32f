-- A settings schema compiled to one jsonpath check at sync time, so that a valid write does not walk
-- (issue 20's cost).
--
-- Measured (callgrind, ARCHITECTURE.md ADR-32): after 20241206000000 a one-member settings write to a
-- module with a schema still cost about 340,000 instructions more than one without (every member: about
-- 900,000), nearly all of it PL/pgSQL: the walk evaluates some thirty expressions per location, and
-- plpgsql sets every expression up again in each transaction, which a write always is. A jsonpath runs in
-- C, is stored parsed, and is one expression. So:
--   * settings_check(schema) compiles a schema of the subset to a jsonpath `strict $ ? (P)` whose P is
--     true only for a document that satisfies the schema. It is sound, not complete: wherever jsonpath
--     cannot decide cheaply (uniqueItems beyond 8 items or between two objects or two arrays, a
--     minLength over 255 and strings of 255 characters or more under a maxLength of 255 or more, 29
--     February and leap seconds in date formats, $ref nested deeper than 6 or, in a schema of many $refs,
--     fewer, subschemas and enum or const values nested deeper than 64) P is false and the walk decides;
--     a schema whose check would pass 100,000 characters, or that it cannot compile at all, gets no
--     check (every write of its settings is walked), never a failed write of the catalog. P is built so
--     that it is never "unknown" under a negation: a negation only ever applies to exists(...) or to a
--     regular expression on a string, which are true or false; an unknown elsewhere (an error inside a
--     filter) makes P not true, which sends the write to the walk.
--   * The variable $h is the held document (null for none): as in 20241206000000, a document that
--     satisfies the schema (the old settings on an update, the defaults on an install). A scalar member
--     equal to $h's at the same fixed place satisfies its schema already, so its keywords (a pattern, a
--     format) are not evaluated again.
--   * settings_checks keeps each module's compiled check with the schema it was compiled from; a trigger
--     on modules refreshes it (when the schema changes: a later migration that changes this compiler
--     must recompile every row itself). The settings trigger uses a check only when that schema equals the
--     module's current one, so a stale or missing row (a write with the triggers off) costs a walk, never
--     a wrong verdict.
--   * apply_settings_contract: a document the check accepts is stored without the walk; any other is
--     walked as before, which gives the verdict and the messages. The differential test compares the
--     check with Java's validator on generated documents, updates and single edits of valid documents:
--     it never accepts one Java refuses.
-- Nothing here is callable by anon or authenticated: the table is the owner's (a forged check would be
-- taken at its word), the compiler is for service_role (to see what a schema compiles to).

create table module_registry.settings_checks (
  module_id text not null,
  settings_schema jsonb not null,
  settings_check jsonpath not null,
  constraint settings_checks_pkey primary key (module_id),
  constraint settings_checks_module_fkey foreign key (module_id) references public.modules (id)
    on delete cascade on update cascade
)
-- kept in the row uncompressed up to a page: every settings write reads its module's check, and
-- decompressing a 5 KB check cost as much as a third of running it
with (toast_tuple_target = 8160);

comment on table module_registry.settings_checks is
  'Each module''s settings schema compiled to a jsonpath (settings_check) and the schema it was compiled from; the settings trigger uses a check only while that schema is the module''s.';

revoke all on table module_registry.settings_checks from public;

-- The jsonpath predicate (on @) that holds only when @ equals p_value as jsonb equality has it (1 = 1.0);
-- exactly so when p_value is nested at most p_nesting deep. Deeper, it is false (!exists(@)) and the walk
-- decides: an enum or const value counts against the compiler's nesting bound like a subschema, since a
-- check nested as deep as its value recurses as deep when it runs (a value 630 deep ran out of stack in
-- a write made from a deeper call stack, where the walk, a queue, does not).
create or replace function module_registry.settings_check_equals(p_value jsonb, p_nesting int)
returns text
language plpgsql immutable parallel safe strict
set search_path = ''
as $$
declare
  parts text[];
begin
  if p_nesting <= 0 then
    return '!exists(@)';
  end if;
  case pg_catalog.jsonb_typeof(p_value)
    when 'object' then
      if p_value = '{}'::jsonb then
        return '(@.type() == "object" && !exists(@.keyvalue()))';
      end if;
      select array['@.type() == "object"',
                   '!exists(@.keyvalue() ? (' || pg_catalog.string_agg('@.key != ' || pg_catalog.to_jsonb(e.key)::text, ' && ') || '))']
             || pg_catalog.array_agg('exists(@.' || pg_catalog.to_jsonb(e.key)::text || ' ? ('
                  || module_registry.settings_check_equals(e.value, p_nesting - 1) || '))')
        into parts from pg_catalog.jsonb_each(p_value) e;
    when 'array' then
      select array['@.type() == "array"', '@.size() == ' || pg_catalog.jsonb_array_length(p_value)]
             || coalesce(pg_catalog.array_agg('exists(@[' || (e.i - 1) || '] ? ('
                  || module_registry.settings_check_equals(e.v, p_nesting - 1) || '))'), '{}')
        into parts from pg_catalog.jsonb_array_elements(p_value) with ordinality e(v, i);
    when 'null' then
      return '@.type() == "null"';
    else
      return '(@.type() == "' || pg_catalog.jsonb_typeof(p_value) || '" && @ == ' || p_value::text || ')';
  end case;
  return '(' || pg_catalog.array_to_string(parts, ' && ') || ')';
end
$$;

-- The jsonpath predicate (on @) for one subschema: true only when @ satisfies it; null when the node has
-- a keyword this compiler does not know (the catalog refuses such schemas; nothing is then compiled) or
-- its text grows past 100,000 characters. p_depth: how many more $refs to follow (inlined) before
-- leaving what lies beyond them to the walk; p_nesting: how many more subschemas deep to compile before
-- leaving what lies deeper to the walk (so that compiling recurses a bounded depth whatever the schema,
-- far from PostgreSQL's stack limit). p_held: the jsonpath of the held document's value at this
-- place ($h at the root; null under items and additionalProperties, whose places are not fixed): a
-- member equal to it, a scalar, satisfies its schema already (see the trigger), so its keywords (a
-- pattern, a format) are not evaluated again.
create or replace function module_registry.settings_check_predicate(p_root jsonb, p_node jsonb, p_depth int,
  p_nesting int, p_held text)
returns text
language plpgsql immutable parallel safe
set search_path = ''
as $body$
declare
  -- the walk decides what jsonpath does not
  undecided constant text := '!exists(@)';
  parts text[] := '{}';
  numbers text[] := '{}';
  strings text[] := '{}';
  arrays text[] := '{}';
  objects text[] := '{}';
  k text;
  v jsonb;
  sub text;
  lo numeric;
  hi numeric;
  props jsonb := coalesce(p_node -> 'properties', '{}'::jsonb);
  extra jsonb := p_node -> 'additionalProperties';
  others text;
  member text;
  scalar boolean;
begin
  if p_nesting <= 0 then
    return undecided;
  end if;
  if pg_catalog.jsonb_typeof(p_node) is distinct from 'object' then
    return null;
  end if;
  for k, v in select e.key, e.value from pg_catalog.jsonb_each(p_node) e loop
    case
      when k in ('title', 'description', '$comment', 'default', 'examples', 'deprecated', 'readOnly', 'writeOnly',
                 '$schema', '$defs', 'properties', 'additionalProperties', 'minLength', 'maxLength') then
        null;  -- annotations, or handled below with their siblings
      when k = '$ref' then
        if p_depth <= 0 then
          parts := parts || undecided;
        else
          sub := module_registry.settings_check_predicate(p_root, p_root -> '$defs' -> pg_catalog.substr(v #>> '{}', 9),
                   p_depth - 1, p_nesting - 1, p_held);
          if sub is null or pg_catalog.length(sub) > 100000 then
            return null;
          end if;
          parts := parts || sub;
        end if;
      when k = 'type' then
        parts := parts || ('(' || (select pg_catalog.string_agg(case t
                   when 'integer' then '(@.type() == "number" && @.floor() == @)'
                   else '@.type() == "' || t || '"' end, ' || ')
                 from pg_catalog.jsonb_array_elements_text(
                   case pg_catalog.jsonb_typeof(v) when 'array' then v else pg_catalog.jsonb_build_array(v) end) t) || ')');
      when k = 'enum' then
        parts := parts || coalesce('(' || (select pg_catalog.string_agg(module_registry.settings_check_equals(e, p_nesting - 1), ' || ')
                   from pg_catalog.jsonb_array_elements(v) e) || ')', undecided);
      when k = 'const' then
        parts := parts || module_registry.settings_check_equals(v, p_nesting - 1);
      when k = 'minimum' then
        numbers := numbers || ('@ >= ' || v::text);
      when k = 'maximum' then
        numbers := numbers || ('@ <= ' || v::text);
      when k = 'exclusiveMinimum' then
        numbers := numbers || ('@ > ' || v::text);
      when k = 'exclusiveMaximum' then
        numbers := numbers || ('@ < ' || v::text);
      when k = 'pattern' then
        -- like_regex with flag "s" compiles the pattern as ~ does (an ARE, . matching a newline)
        strings := strings || ('@ like_regex ' || pg_catalog.to_jsonb(v #>> '{}')::text || ' flag "s"');
      when k = 'format' then
        -- uuid and email as settings_format_ok has them; the dates without 29 February and without leap
        -- seconds, which settings_format_ok decides
        strings := strings || ('@ like_regex ' || pg_catalog.to_jsonb(case v #>> '{}'
          when 'uuid' then '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
          when 'email' then $re$^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$$re$
          when 'date' then '^[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)$'
          when 'date-time' then '^[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)'
                                || '[Tt](?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\.[0-9]+)?(?:[Zz]|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$'
          else '' end)::text || ' flag "s"');
      when k = 'minItems' then
        arrays := arrays || ('@.size() >= ' || v::text);
      when k = 'maxItems' then
        arrays := arrays || ('@.size() <= ' || v::text);
      when k = 'uniqueItems' then
        if v = 'true'::jsonb then
          -- pairwise by index up to 8 items, each size's new pairs nested under the smaller sizes' (an array
          -- of n items compares its n(n-1)/2 pairs and asks its size n times); equal scalars of one type are
          -- duplicates; two objects or two arrays are not compared (jsonpath cannot), so they leave the
          -- verdict to the walk, as do more than 8 items
          -- items of one scalar type (items' own type) compare directly
          scalar := p_node -> 'items' -> 'type' in ('"string"', '"number"', '"integer"', '"boolean"');
          sub := '@.size() <= 8';
          for j in reverse 7 .. 1 loop
            sub := pg_catalog.format('(@.size() <= %s || (%s && %s))', j,
              (select pg_catalog.string_agg(case when scalar then pg_catalog.format('@[%s] != @[%s]', i, j)
                 else pg_catalog.format('(@[%s].type() != @[%s].type() || (@[%s].type() != "object"'
                 || ' && @[%s].type() != "array" && @[%s] != @[%s]))', i, j, i, i, i, j) end, ' && ')
                 from pg_catalog.generate_series(0, j - 1) i), sub);
          end loop;
          arrays := arrays || sub;
        end if;
      when k = 'items' then
        sub := module_registry.settings_check_predicate(p_root, v, p_depth, p_nesting - 1, null);
        if sub is null then
          return null;
        end if;
        arrays := arrays || ('!exists(@[*] ? (!exists(@ ? (' || sub || '))))');
      when k = 'required' then
        objects := objects || coalesce((select pg_catalog.array_agg('exists(@.' || pg_catalog.to_jsonb(r)::text || ')')
                     from pg_catalog.jsonb_array_elements_text(v) r), '{}');
      else
        return null;
    end case;
  end loop;
  -- lengths in characters, as prefixes of . (a chain the regular expression engine stops reading after,
  -- where ^.{0,80}$ cost three times as much); a bound is at most 255, so a longer minLength is left to
  -- the walk and a longer maxLength decides only strings of up to 254 characters; a bound is printed as
  -- an integer (a schema may write 2.0, which a regular expression's {n} refuses)
  lo := coalesce((p_node -> 'minLength')::numeric, 0);
  hi := (p_node -> 'maxLength')::numeric;
  if lo > 255 then
    strings := strings || undecided;
  elsif lo = 1 then
    strings := strings || '@ != ""'::text;
  elsif lo > 1 then
    strings := strings || ('@ like_regex "^.{' || lo::int || '}" flag "s"');
  end if;
  if hi is not null then
    strings := strings || ('!(@ like_regex "^.{' || least(hi + 1, 255)::int || '}" flag "s")');
  end if;
  -- members: a member present satisfies its property's schema (exists(@."k") is unknown, not false, when
  -- k is missing: strict mode); one pass over the member names only where other members are limited
  for k, v in select e.key, e.value from pg_catalog.jsonb_each(props) e loop
    member := '@.' || pg_catalog.to_jsonb(k)::text;
    sub := module_registry.settings_check_predicate(p_root, v, p_depth, p_nesting - 1,
             p_held || '.' || pg_catalog.to_jsonb(k)::text);
    if sub is null then
      return null;
    end if;
    -- == compares scalars only (objects and arrays: unknown), and is unknown where the held document
    -- has no such member: then the member's own keywords decide
    objects := objects || ('((exists(' || member || ')) is unknown'
      || coalesce(' || exists(' || member || ' ? (@ == ' || p_held || '.' || pg_catalog.to_jsonb(k)::text || '))', '')
      || ' || exists(' || member || ' ? (' || sub || ')))');
  end loop;
  others := (select pg_catalog.string_agg('@.key != ' || pg_catalog.to_jsonb(e)::text, ' && ')
               from pg_catalog.jsonb_object_keys(props) e);
  if extra = 'false'::jsonb then
    objects := objects || coalesce('!exists(@.keyvalue() ? (' || others || '))', '!exists(@.keyvalue())');
  elsif pg_catalog.jsonb_typeof(extra) = 'object' then
    sub := module_registry.settings_check_predicate(p_root, extra, p_depth, p_nesting - 1, null);
    if sub is null then
      return null;
    end if;
    objects := objects || ('!exists(@.keyvalue() ? (' || coalesce(others || ' && ', '')
      || '!exists(@.value ? (' || sub || '))))');
  end if;
  if numbers <> '{}' then
    parts := parts || ('(@.type() != "number" || (' || pg_catalog.array_to_string(numbers, ' && ') || '))');
  end if;
  if strings <> '{}' then
    parts := parts || ('(@.type() != "string" || (' || pg_catalog.array_to_string(strings, ' && ') || '))');
  end if;
  if arrays <> '{}' then
    parts := parts || ('(@.type() != "array" || (' || pg_catalog.array_to_string(arrays, ' && ') || '))');
  end if;
  if objects <> '{}' then
    parts := parts || ('(@.type() != "object" || (' || pg_catalog.array_to_string(objects, ' && ') || '))');
  end if;
  if parts = '{}' then
    return 'exists(@)';
  end if;
  return '(' || pg_catalog.array_to_string(parts, ' && ') || ')';
end
$body$;

-- SECURITY DEFINER so that the service may see what a schema compiles to while the compiler's parts stay
-- the owner's; it reads no table.
create or replace function module_registry.settings_check(p_schema jsonb)
returns jsonpath
language plpgsql immutable parallel safe security definer
set search_path = ''
as $$
declare
  p text;
  refs int;
begin
  if p_schema is null or pg_catalog.cardinality(module_registry.settings_schema_problems(p_schema)) > 0 then
    return null;
  end if;
  -- $refs are inlined up to 6 deep, fewer where there are many of them, so that compiling follows at most
  -- about 20,000 of them whatever the schema (r references, d deep: r^d)
  refs := (pg_catalog.length(p_schema::text) - pg_catalog.length(pg_catalog.replace(p_schema::text, '"$ref"', ''))) / 6;
  p := module_registry.settings_check_predicate(p_schema, p_schema,
         least(6, pg_catalog.floor(pg_catalog.ln(20000) / pg_catalog.ln(greatest(refs, 2)))::int), 64, '$h');
  -- a schema whose $refs multiply (two references to a recursive definition per level) is left to the walk
  if p is null or pg_catalog.length(p) > 100000 then
    return null;
  end if;
  return ('strict $ ? (' || p || ')')::jsonpath;
exception
  -- a schema the catalog took but this compiler cannot turn into a jsonpath (too complex for the stack or
  -- the parser, or a construct it prints wrongly) gets no check, so that the module's write does not
  -- fail: its settings are walked, as without this migration
  when statement_too_complex or program_limit_exceeded or syntax_error or invalid_regular_expression then
    return null;
end
$$;

comment on function module_registry.settings_check(jsonb) is
  'A settings schema compiled to a jsonpath that matches (jsonb_path_exists(document, check, jsonb_build_object(''h'', held), true)) only documents satisfying it; held: null, or a document satisfying the schema whose equal scalar members are taken as satisfied. A document it does not match may still satisfy the schema (settings_violations decides). Null for a schema outside the subset or too large to compile.';

revoke all on function module_registry.settings_check_equals(jsonb, int) from public, anon;
revoke all on function module_registry.settings_check_predicate(jsonb, jsonb, int, int, text) from public, anon;
revoke all on function module_registry.settings_check(jsonb) from public, anon;
grant execute on function module_registry.settings_check(jsonb) to service_role;

create or replace function module_registry.refresh_settings_check()
returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  compiled jsonpath := module_registry.settings_check(new.settings_schema);
begin
  if compiled is null then
    delete from module_registry.settings_checks c where c.module_id = new.id;
  else
    insert into module_registry.settings_checks (module_id, settings_schema, settings_check)
    values (new.id, new.settings_schema, compiled)
    on conflict on constraint settings_checks_pkey do update
      set settings_schema = excluded.settings_schema, settings_check = excluded.settings_check;
  end if;
  return null;
end
$$;

revoke all on function module_registry.refresh_settings_check() from public;

create trigger modules_settings_check
  after insert or update of settings_schema on public.modules
  for each row execute function module_registry.refresh_settings_check();

insert into module_registry.settings_checks (module_id, settings_schema, settings_check)
select m.id, m.settings_schema, module_registry.settings_check(m.settings_schema)
  from public.modules m
 where m.settings_schema is not null and module_registry.settings_check(m.settings_schema) is not null;

-- apply_settings_contract as in 20241206000000_settings_validator_single_pass, now first asking the
-- module's compiled check (when it was compiled from the module's current schema).

create or replace function module_registry.apply_settings_contract()
returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  contract record;
  held jsonb;
  violations text[];
  total integer;
begin
  if tg_op = 'UPDATE' and new.settings is not distinct from old.settings
     and new.module_id is not distinct from old.module_id then
    return new;  -- held to this schema already (the schema's own change checks every row)
  end if;
  select m.settings_schema, m.settings_defaults, m.version, c.settings_check into contract
    from public.modules m
    left join module_registry.settings_checks c on c.module_id = m.id and c.settings_schema = m.settings_schema
   where m.id = new.module_id for share of m;
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
  -- what satisfies the schema already (see 20241206000000): on an update of the same module the old
  -- settings, on an install the defaults (modules_settings_defaults_valid holds them to the same row's schema)
  held := case when tg_op = 'INSERT' then contract.settings_defaults
               when new.module_id = old.module_id then old.settings end;
  if contract.settings_check is not null
     and pg_catalog.jsonb_path_exists(new.settings, contract.settings_check, pg_catalog.jsonb_build_object('h', held),
           true) then
    return new;  -- the compiled check matches only settings that satisfy the schema
  end if;
  violations := module_registry.settings_violations(contract.settings_schema, new.settings, held);
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
  ('20241207000000', 'settings_compiled_check')
on conflict on constraint applied_migration_pkey do nothing;
