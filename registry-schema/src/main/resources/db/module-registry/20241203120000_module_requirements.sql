-- Modules that need modules (issue 19): requirements kept in the database, whoever writes.
--
-- public.module_requirements says "module_id requires requires_id in version_range" (a semver range
-- such as ^1.2 or >=2.0.0 <3; the library's SemVer class reads the same grammar, and a test holds the
-- two to one verdict). The catalog has one version per module, shared by every organization, so
-- "in range" is a property of the catalog, kept there:
--   * the catalog is always consistent: every requirement names a registered module whose current
--     version is in range, and requirements have no cycle. Checked at commit (deferred constraint
--     triggers), so that one transaction may move several modules together (crm 2.0 and agency's new
--     range "^2"), in any order. A re-versioning that breaks a range is refused naming the dependents.
-- and per organization (constraint triggers on org_modules, immediate by default, deferrable):
--   * an enabled module's requirements are installed, enabled and active in the catalog (MR191, every
--     missing requirement named in DETAIL, one per line); "in range" holds by the catalog's invariant;
--   * disabling or uninstalling a module that an enabled module of the organization needs is refused
--     naming the dependents (MR192), and so is deactivating it in the catalog while enabled modules
--     need it anywhere, or adding a requirement that an organization using the module lacks.
--
-- Concurrency: the check of a dependent locks the rows it relies on, FOR SHARE: its requirements'
-- org_modules rows and their modules rows, and its own modules row. A concurrent uninstall, disable,
-- deactivation or re-versioning of those rows waits for it, then (READ COMMITTED: each query of a
-- volatile function takes a fresh snapshot) sees the committed dependent and is refused; or it went
-- first, and the dependent's locking read finds the row gone or changed and is refused. So two
-- transactions "install A" and "uninstall A's requirement" never both commit (ModuleRequirementsRaceTest).
-- Under REPEATABLE READ the locking read raises a serialization failure instead (retry); SERIALIZABLE
-- is safe by its own rules.

-- ---------------------------------------------------------------------------------------------
-- Semantic versions in SQL (SemVer 2.0 precedence; build metadata ignored).

create or replace function module_registry.semver_parts(version text,
  out major numeric, out minor numeric, out patch numeric, out pre text[])
language plpgsql immutable strict parallel safe
set search_path = ''
as $$
declare
  m text[];
begin
  m := pg_catalog.regexp_match(version,
    '^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$');
  if m is null then
    raise exception 'not a semantic version: "%"', version using errcode = '22023';
  end if;
  major := m[1]::numeric;
  minor := m[2]::numeric;
  patch := m[3]::numeric;
  pre := coalesce(pg_catalog.string_to_array(m[4], '.'), '{}'::text[]);
end
$$;

create or replace function module_registry.semver_compare(a text, b text)
returns integer
language plpgsql immutable strict parallel safe
set search_path = ''
as $$
declare
  x record;
  y record;
  c integer;
  xi text;
  yi text;
begin
  select * into x from module_registry.semver_parts(a);
  select * into y from module_registry.semver_parts(b);
  c := pg_catalog.sign(x.major - y.major)::integer;
  if c = 0 then c := pg_catalog.sign(x.minor - y.minor)::integer; end if;
  if c = 0 then c := pg_catalog.sign(x.patch - y.patch)::integer; end if;
  if c <> 0 then
    return c;
  end if;
  -- a release ranks above its pre-releases
  if pg_catalog.cardinality(x.pre) = 0 or pg_catalog.cardinality(y.pre) = 0 then
    return (pg_catalog.cardinality(x.pre) = 0)::integer - (pg_catalog.cardinality(y.pre) = 0)::integer;
  end if;
  for i in 1 .. least(pg_catalog.cardinality(x.pre), pg_catalog.cardinality(y.pre)) loop
    xi := x.pre[i];
    yi := y.pre[i];
    if xi ~ '^[0-9]+$' and yi ~ '^[0-9]+$' then
      c := pg_catalog.sign(xi::numeric - yi::numeric)::integer;
    elsif xi ~ '^[0-9]+$' then
      c := -1;  -- numeric identifiers rank below alphanumeric ones
    elsif yi ~ '^[0-9]+$' then
      c := 1;
    else
      c := case when xi = yi then 0 when xi collate pg_catalog."C" < yi collate pg_catalog."C" then -1 else 1 end;
    end if;
    if c <> 0 then
      return c;
    end if;
  end loop;
  return pg_catalog.sign(pg_catalog.cardinality(x.pre) - pg_catalog.cardinality(y.pre))::integer;
end
$$;

-- A range as its two bounds, as npm's semver desugars it (^1.2 is >=1.2.0 <2.0.0-0); problem says
-- why a range is not one (then the bounds are NULL). The same algorithm as io.moduleregistry.SemVer.
create or replace function module_registry.semver_range_bounds(version_range text,
  out lower text, out lower_inclusive boolean, out upper text, out upper_inclusive boolean, out problem text)
language plpgsql immutable parallel safe
set search_path = ''
as $$
declare
  trimmed text := pg_catalog.regexp_replace(version_range, '^\s+|\s+$', '', 'g');
  comparator text;
  m text[];
  op text;
  parts numeric[];
  n integer;
  low text;
  nxt text;
  lo text;
  lo_inc boolean;
  up text;
  up_inc boolean;
  c integer;
begin
  lower_inclusive := true;
  upper_inclusive := true;
  if trimmed is null or trimmed = '' or pg_catalog.length(version_range) > 200 then
    problem := 'a version range must be 1 to 200 characters, such as ^1.2, ~1.4, >=2.0.0 <3 or *';
    return;
  end if;
  if pg_catalog.strpos(trimmed, '||') > 0 or pg_catalog.strpos(trimmed, ' - ') > 0 then
    problem := 'unions (||) and hyphen ranges are not supported';
    return;
  end if;
  foreach comparator in array pg_catalog.regexp_split_to_array(trimmed, '\s+') loop
    m := pg_catalog.regexp_match(comparator,
      '^(>=|<=|>|<|=|\^|~)?(0|[1-9][0-9]*|[xX*])(?:\.(0|[1-9][0-9]*|[xX*]))?(?:\.(0|[1-9][0-9]*|[xX*]))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$');
    if m is null then
      problem := '"' || comparator || '" is not a comparator such as ^1.2, ~1.4.0, >=2.0.0, <3 or *';
      lower := null; upper := null;
      return;
    end if;
    op := coalesce(m[1], '');
    parts := '{}';
    for i in 2 .. 4 loop
      exit when m[i] is null or m[i] !~ '^[0-9]';
      parts := parts || m[i]::numeric;
    end loop;
    n := pg_catalog.cardinality(parts);
    if m[5] is not null and n < 3 then
      problem := '"' || comparator || '" has a pre-release but not all three numbers';
      lower := null; upper := null;
      return;
    end if;
    if n = 0 then
      if op in ('<', '>') then
        problem := '"' || comparator || '" matches no version';
        lower := null; upper := null;
        return;
      end if;
      continue;  -- *, x: any version
    end if;
    while pg_catalog.cardinality(parts) < 3 loop
      parts := parts || 0::numeric;
    end loop;
    low := parts[1] || '.' || parts[2] || '.' || parts[3] || coalesce('-' || m[5], '');
    -- the first version past a partial one (1.2 -> 1.3.0); "-0" makes an exclusive bound below its pre-releases
    nxt := case when n = 1 then (parts[1] + 1) || '.0.0' else parts[1] || '.' || (parts[2] + 1) || '.0' end;
    lo := null; lo_inc := true; up := null; up_inc := true;
    case op
      when '', '=' then
        lo := low;
        if n = 3 then up := low; else up := nxt || '-0'; up_inc := false; end if;
      when '>=' then
        lo := low;
      when '>' then
        if n = 3 then lo := low; lo_inc := false; else lo := nxt; end if;
      when '<' then
        up := case when n = 3 then low else low || '-0' end; up_inc := false;
      when '<=' then
        if n = 3 then up := low; else up := nxt || '-0'; up_inc := false; end if;
      when '~' then
        lo := low;
        up := case when n = 1 then nxt else parts[1] || '.' || (parts[2] + 1) || '.0' end || '-0'; up_inc := false;
      else  -- ^: the left-most non-zero part given may not change
        lo := low;
        up := case when parts[1] > 0 or n = 1 then (parts[1] + 1) || '.0.0'
                   when parts[2] > 0 or n = 2 then '0.' || (parts[2] + 1) || '.0'
                   else '0.0.' || (parts[3] + 1) end || '-0';
        up_inc := false;
    end case;
    if lo is not null then
      c := case when lower is null then 1 else module_registry.semver_compare(lo, lower) end;
      if c > 0 or (c = 0 and not lo_inc) then
        lower := lo; lower_inclusive := lo_inc;
      end if;
    end if;
    if up is not null then
      c := case when upper is null then -1 else module_registry.semver_compare(up, upper) end;
      if c < 0 or (c = 0 and not up_inc) then
        upper := up; upper_inclusive := up_inc;
      end if;
    end if;
  end loop;
  if lower is not null and upper is not null then
    c := module_registry.semver_compare(lower, upper);
    if c > 0 or (c = 0 and not (lower_inclusive and upper_inclusive)) then
      problem := 'matches no version';
      lower := null; upper := null;
    end if;
  end if;
end
$$;

create or replace function module_registry.semver_satisfies(version text, version_range text)
returns boolean
language plpgsql immutable strict parallel safe
set search_path = ''
as $$
declare
  b record;
  c integer;
begin
  select * into b from module_registry.semver_range_bounds(version_range);
  if b.problem is not null then
    return false;
  end if;
  if b.lower is not null then
    c := module_registry.semver_compare(version, b.lower);
    if c < 0 or (c = 0 and not b.lower_inclusive) then
      return false;
    end if;
  end if;
  if b.upper is not null then
    c := module_registry.semver_compare(version, b.upper);
    if c > 0 or (c = 0 and not b.upper_inclusive) then
      return false;
    end if;
  end if;
  return true;
end
$$;

comment on function module_registry.semver_compare(text, text) is
  'SemVer 2.0 precedence of two versions: -1, 0 or 1 (build metadata ignored).';
comment on function module_registry.semver_range_bounds(text) is
  'A version range (^1.2, ~1.4, >=2.0.0 <3, 1.x, *) as lower and upper bounds, or the problem that makes it no range.';
comment on function module_registry.semver_satisfies(text, text) is
  'Whether a version is in a version range (false for a range that is none).';

revoke all on function module_registry.semver_parts(text) from public;
revoke all on function module_registry.semver_compare(text, text) from public;
revoke all on function module_registry.semver_range_bounds(text) from public;
revoke all on function module_registry.semver_satisfies(text, text) from public;
grant execute on function module_registry.semver_parts(text) to authenticated, service_role;
grant execute on function module_registry.semver_compare(text, text) to authenticated, service_role;
grant execute on function module_registry.semver_range_bounds(text) to authenticated, service_role;
grant execute on function module_registry.semver_satisfies(text, text) to authenticated, service_role;

-- ---------------------------------------------------------------------------------------------
-- The requirements.

create table public.module_requirements (
  module_id text not null
    constraint module_requirements_module_id_fkey references public.modules (id) on delete cascade,
  requires_id text not null
    constraint module_requirements_requires_id_fkey references public.modules (id) on delete restrict,
  version_range text not null default '*'
    constraint module_requirements_range_valid check (
      (module_registry.semver_range_bounds(version_range)).problem is null),
  constraint module_requirements_pkey primary key (module_id, requires_id),
  constraint module_requirements_not_self check (module_id <> requires_id)
);

comment on table public.module_requirements is
  'Which modules each catalog module requires, with a semver range; kept by ServiceScope.syncCatalog. Only service_role changes it.';
comment on column public.module_requirements.version_range is
  'A semver range the required module''s catalog version must be in: ^1.2, ~1.4, >=2.0.0 <3, 1.x or *.';

-- The primary key serves "what does A require"; this serves "who requires B" and the foreign key.
create index module_requirements_requires_id_idx on public.module_requirements (requires_id, module_id);

alter table public.module_requirements enable row level security;
revoke all on public.module_requirements from anon, authenticated;
grant select on public.module_requirements to authenticated;
grant all on public.module_requirements to service_role;

create policy "Signed-in users can view the catalog's requirements"
  on public.module_requirements for select to authenticated
  using (true);

-- ---------------------------------------------------------------------------------------------
-- The catalog stays consistent (checked at commit).

-- A requirement row, as it stands at commit: its module and range still hold, no cycle goes through
-- it, and no organization with the dependent enabled lacks the requirement.
create or replace function module_registry.check_catalog_requirement()
returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  req record;
  required_version text;
  cycle text;
  lacking text;
begin
  -- One catalog check at a time, each seeing the ones committed before it (a cycle made of two
  -- concurrent inserts is found by the second).
  perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('module_registry.catalog'));
  select r.* into req from public.module_requirements r
   where r.module_id = new.module_id and r.requires_id = new.requires_id;
  if not found then
    return null;  -- deleted again in the same transaction
  end if;
  -- Serializes with organizations enabling the dependent (they lock this row FOR SHARE).
  perform 1 from public.modules m where m.id = req.module_id for no key update;
  select m.version into required_version from public.modules m where m.id = req.requires_id;
  if not module_registry.semver_satisfies(required_version, req.version_range) then
    raise exception 'module "%" requires "%" %, but the catalog has version %',
        req.module_id, req.requires_id, req.version_range, required_version
      using errcode = 'MR193',
            detail = pg_catalog.format('%s: requires %s %s, the catalog has %s',
                req.module_id, req.requires_id, req.version_range, required_version),
            hint = 'Register a version of the requirement that is in range, or widen the range, in the same catalog sync.';
  end if;
  with recursive reach (id, path) as (
    select req.requires_id, array[req.module_id, req.requires_id]
    union all
    select r.requires_id, reach.path || r.requires_id
      from reach join public.module_requirements r on r.module_id = reach.id
     where r.requires_id <> all (reach.path[2:]) -- stop at any repeat; only a return to the start matters
  )
  select pg_catalog.array_to_string(path, ' -> ') into cycle from reach where id = req.module_id limit 1;
  if cycle is not null then
    raise exception 'requirements form a cycle: %', cycle
      using errcode = 'MR194', detail = 'cycle: ' || cycle,
            hint = 'Remove one of the requirements of the cycle.';
  end if;
  select pg_catalog.string_agg(pg_catalog.format('organization %s has "%s" enabled without "%s"',
           om.org_id, req.module_id, req.requires_id), E'\n' order by om.org_id)
    into lacking
    from public.org_modules om
   where om.module_id = req.module_id and om.enabled
     and not exists (select 1 from public.org_modules q join public.modules qm on qm.id = q.module_id
                      where q.org_id = om.org_id and q.module_id = req.requires_id and q.enabled and qm.is_active);
  if lacking is not null then
    raise exception 'module "%" cannot require "%": organizations have it enabled without that module',
        req.module_id, req.requires_id
      using errcode = 'MR192', detail = lacking,
            hint = 'Install and enable the requirement in those organizations first, or disable the module there.';
  end if;
  return null;
end
$$;

revoke all on function module_registry.check_catalog_requirement() from public;

create constraint trigger module_requirements_consistent
  after insert or update on public.module_requirements
  deferrable initially deferred
  for each row execute function module_registry.check_catalog_requirement();

-- A module's new version must still be in every range that requires it (at commit), and a module
-- that enabled modules need may not be deactivated (at once).
create or replace function module_registry.check_catalog_module()
returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  current public.modules;
  broken text;
  dependents text;
begin
  if tg_argv[0] = 'version' then
    perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('module_registry.catalog'));
    select m.* into current from public.modules m where m.id = new.id;
    if not found then
      return null;
    end if;
    select pg_catalog.string_agg(pg_catalog.format('%s: requires %s %s, the catalog would have %s',
             r.module_id, r.requires_id, r.version_range, current.version), E'\n' order by r.module_id)
      into broken
      from public.module_requirements r
     where r.requires_id = current.id and not module_registry.semver_satisfies(current.version, r.version_range);
    if broken is not null then
      raise exception 'module "%" cannot have version %: modules require it in other ranges', current.id, current.version
        using errcode = 'MR193', detail = broken,
              hint = 'Change the dependents'' ranges in the same catalog sync, or keep a version in range.';
    end if;
    return null;
  end if;
  -- deactivation: no organization may have an enabled dependent of it enabled
  if old.is_active and not new.is_active then
    select pg_catalog.string_agg(pg_catalog.format('organization %s: "%s" is enabled and requires "%s"',
             d.org_id, d.module_id, new.id), E'\n' order by d.org_id, d.module_id)
      into dependents
      from public.module_requirements r
      join public.org_modules d on d.module_id = r.module_id and d.enabled
      join public.org_modules q on q.org_id = d.org_id and q.module_id = r.requires_id and q.enabled
     where r.requires_id = new.id;
    if dependents is not null then
      raise exception 'module "%" cannot be deactivated: enabled modules need it', new.id
        using errcode = 'MR192', detail = dependents,
              hint = 'Disable or uninstall the dependents named first (uninstallWithDependents), then deactivate it.';
    end if;
  end if;
  return null;
end
$$;

revoke all on function module_registry.check_catalog_module() from public;

create constraint trigger modules_version_in_range
  after update of version on public.modules
  deferrable initially deferred
  for each row when (old.version is distinct from new.version)
  execute function module_registry.check_catalog_module('version');

create constraint trigger modules_deactivation_unneeded
  after update of is_active on public.modules
  deferrable initially immediate
  for each row when (old.is_active and not new.is_active)
  execute function module_registry.check_catalog_module('active');

-- ---------------------------------------------------------------------------------------------
-- Each organization stays consistent (at the end of each statement, unless deferred).

create or replace function module_registry.check_org_module_requirements()
returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  req record;
  required public.modules;
  installed public.org_modules;
  problems text[] := '{}';
  dependents text;
begin
  if tg_op in ('INSERT', 'UPDATE') and new.enabled then
    if tg_op = 'UPDATE' and old.enabled then
      return null;  -- stays enabled: nothing it relies on changed
    end if;
    -- Still enabled at this point? (a later statement of a deferred check may have changed it)
    perform 1 from public.org_modules om where om.id = new.id and om.enabled;
    if not found then
      return null;
    end if;
    -- Lock what the dependent relies on, so that a concurrent change to it waits (see the top).
    -- Ranges are not compared here: every range holds for the catalog's current versions, an
    -- invariant of the catalog checked at the commit of every change to it (below), and the locked
    -- modules rows cannot be re-versioned until this transaction ends.
    perform 1 from public.modules m where m.id = new.module_id for share;
    for req in select r.requires_id, r.version_range from public.module_requirements r
                where r.module_id = new.module_id order by r.requires_id loop
      select m.* into required from public.modules m where m.id = req.requires_id for share;
      select om.* into installed from public.org_modules om
       where om.org_id = new.org_id and om.module_id = req.requires_id for share;
      if installed.id is null then
        problems := problems || pg_catalog.format('"%s" requires "%s" %s, which is not installed',
            new.module_id, req.requires_id, req.version_range);
      elsif not installed.enabled then
        problems := problems || pg_catalog.format('"%s" requires "%s" %s, which is installed but disabled',
            new.module_id, req.requires_id, req.version_range);
      end if;
      if not required.is_active then
        problems := problems || pg_catalog.format('"%s" requires "%s", which is deactivated in the catalog',
            new.module_id, req.requires_id);
      end if;
      installed := null;
    end loop;
    if pg_catalog.cardinality(problems) > 0 then
      raise exception 'module "%" cannot be enabled in organization %: % of its requirements not met',
          new.module_id, new.org_id, pg_catalog.cardinality(problems)
        using errcode = 'MR191', detail = pg_catalog.array_to_string(problems, E'\n'),
              hint = 'Install and enable its requirements first, in order, or apply a plan (ModuleRegistry plan / installWithRequirements).';
    end if;
    return null;
  end if;
  -- DELETE, or UPDATE to disabled: no enabled module of the organization may need it
  if tg_op = 'UPDATE' and (new.enabled or not old.enabled) then
    return null;
  end if;
  if tg_op = 'DELETE' and not old.enabled then
    return null;
  end if;
  select pg_catalog.string_agg(pg_catalog.format('"%s" is enabled and requires "%s" %s',
           d.module_id, old.module_id, r.version_range), E'\n' order by d.module_id)
    into dependents
    from public.module_requirements r
    join public.org_modules d on d.org_id = old.org_id and d.module_id = r.module_id and d.enabled
   where r.requires_id = old.module_id;
  if dependents is not null then
    raise exception 'module "%" cannot be % in organization %: enabled modules need it', old.module_id,
        case when tg_op = 'DELETE' then 'uninstalled' else 'disabled' end, old.org_id
      using errcode = 'MR192', detail = dependents,
            hint = 'Disable or uninstall the dependents first (uninstallWithDependents, or a plan).';
  end if;
  return null;
end
$$;

revoke all on function module_registry.check_org_module_requirements() from public;

create constraint trigger org_modules_requirements_met
  after insert or delete or update of enabled on public.org_modules
  deferrable initially immediate
  for each row execute function module_registry.check_org_module_requirements();

-- ---------------------------------------------------------------------------------------------
-- What the library's plans read and write.

-- Everything a plan is computed from, read AS THE CALLER (security invoker: RLS decides): the catalog,
-- its requirements, the organization's installations the caller sees, whether the caller sees the
-- organization and may change it. One round trip.
create or replace function module_registry.plan_state(p_org_id uuid)
returns jsonb
language sql stable
set search_path = ''
as $$
  select pg_catalog.jsonb_build_object(
    'modules', (select coalesce(pg_catalog.jsonb_agg(pg_catalog.jsonb_build_array(m.id, m.version, m.is_active)
                 order by m.id), '[]') from public.modules m),
    'requirements', (select coalesce(pg_catalog.jsonb_agg(pg_catalog.jsonb_build_array(r.module_id, r.requires_id,
                 r.version_range) order by r.module_id, r.requires_id), '[]') from public.module_requirements r),
    'installed', (select coalesce(pg_catalog.jsonb_agg(pg_catalog.jsonb_build_array(om.module_id, om.enabled)
                 order by om.module_id), '[]') from public.org_modules om where om.org_id = p_org_id),
    'visible', exists (select 1 from public.organizations o where o.id = p_org_id),
    'admin', p_org_id = any (module_registry.admin_org_ids()))
$$;

comment on function module_registry.plan_state(uuid) is
  'The catalog, its requirements and one organization''s installations as the caller sees them (RLS), for plans.';

revoke all on function module_registry.plan_state(uuid) from public;
grant execute on function module_registry.plan_state(uuid) to authenticated, service_role;

-- Applies a plan's actions in order, AS THE CALLER (security invoker: RLS and every trigger apply as
-- to single writes), in the caller's one transaction. An action that finds no row it may change
-- (not installed, or filtered by RLS) stops the plan with MR195 naming it; the caller's error says why.
create or replace function module_registry.apply_plan(p_org_id uuid, p_actions jsonb)
returns integer
language plpgsql volatile
set search_path = ''
as $$
declare
  step jsonb;
  verb text;
  target text;
  changed integer;
  total integer := 0;
begin
  for step in select value from pg_catalog.jsonb_array_elements(p_actions) loop
    verb := step ->> 'action';
    target := step ->> 'module';
    case verb
      when 'install' then
        insert into public.org_modules (org_id, module_id) values (p_org_id, target);
      when 'uninstall' then
        delete from public.org_modules where org_id = p_org_id and module_id = target;
      when 'enable' then
        update public.org_modules set enabled = true where org_id = p_org_id and module_id = target;
      when 'disable' then
        update public.org_modules set enabled = false where org_id = p_org_id and module_id = target;
      else
        raise exception 'unknown plan action "%"', verb using errcode = '22023';
    end case;
    get diagnostics changed = row_count;
    if changed = 0 then
      raise exception 'plan step "% %" found no installation it may change in organization %', verb, target, p_org_id
        using errcode = 'MR195', detail = target;
    end if;
    total := total + 1;
  end loop;
  return total;
end
$$;

comment on function module_registry.apply_plan(uuid, jsonb) is
  'Applies plan actions [{"action": "install"|"uninstall"|"enable"|"disable", "module": id}] in order, as the caller.';

revoke all on function module_registry.apply_plan(uuid, jsonb) from public;
grant execute on function module_registry.apply_plan(uuid, jsonb) to authenticated, service_role;

-- Registers a set of manifests [{id, name, description, version, requires: {id: range}}] in the
-- caller's one transaction, idempotently: unchanged modules and requirements are not written, and
-- requirements a manifest no longer lists are removed. Modules not in the set stay as they are; the
-- active flag and creation time of those in it stay too. Syncs run one at a time.
create or replace function module_registry.sync_catalog(p_manifests jsonb)
returns setof public.modules
language plpgsql volatile
set search_path = ''
as $$
begin
  perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('module_registry.catalog'));
  insert into public.modules as m (id, name, description, version)
  select e ->> 'id', e ->> 'name', e ->> 'description', e ->> 'version'
    from pg_catalog.jsonb_array_elements(p_manifests) e
  on conflict on constraint modules_pkey do update
    set name = excluded.name, description = excluded.description, version = excluded.version
    where (m.name, m.description, m.version) is distinct from (excluded.name, excluded.description, excluded.version);
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
  'Registers module manifests and their requirements idempotently, in one transaction (service_role).';

revoke all on function module_registry.sync_catalog(jsonb) from public;
grant execute on function module_registry.sync_catalog(jsonb) to service_role;

insert into module_registry.applied_migration (version, description) values
  ('20241203120000', 'module_requirements')
on conflict on constraint applied_migration_pkey do nothing;
