-- Tenancy baseline (TASK-1-02): organizations and their members.
--
-- Created only where absent: a project that already has them keeps its own tables and policies.
-- The registry relies on organizations(id) and org_members(org_id, user_id, role) alone.

do $$
begin
  if pg_catalog.to_regclass('public.organizations') is null then
    create table public.organizations (
      id uuid primary key default gen_random_uuid(),
      name text not null check (pg_catalog.btrim(name) <> ''),
      created_at timestamptz not null default now()
    );
    alter table public.organizations enable row level security;
    revoke all on public.organizations from anon, authenticated;
    grant select on public.organizations to authenticated;
    grant all on public.organizations to service_role;
  end if;

  if pg_catalog.to_regclass('public.org_members') is null then
    create table public.org_members (
      org_id uuid not null references public.organizations (id) on delete cascade,
      user_id uuid not null references auth.users (id) on delete cascade,
      role text not null default 'member' check (role in ('owner', 'admin', 'member')),
      created_at timestamptz not null default now(),
      primary key (org_id, user_id)
    );
    -- Policies look members up by user; the primary key serves lookups by org.
    create index org_members_user_id_idx on public.org_members (user_id, org_id);
    alter table public.org_members enable row level security;
    revoke all on public.org_members from anon, authenticated;
    grant select on public.org_members to authenticated;
    grant all on public.org_members to service_role;
  end if;
end
$$;

-- Helpers for policies. SECURITY DEFINER so that a policy on org_members can read org_members
-- without recursing into its own policy; search_path pinned to '' and every name qualified.
-- They return arrays so a policy can use them as `= any ((select ...)::uuid[])`: one InitPlan per
-- statement, and an index condition on the filtered column.

-- PL/pgSQL rather than SQL on purpose: a security-definer SQL function cannot be inlined and is
-- planned afresh on every call, while PL/pgSQL keeps its query plan for the session. Measured in
-- registry-bench: it halves what RLS adds to a user-scoped call (BENCHMARKS.md).
create or replace function module_registry.member_org_ids()
returns uuid[]
language plpgsql stable security definer
set search_path = ''
as $$
begin
  return coalesce(
    (select pg_catalog.array_agg(m.org_id) from public.org_members m where m.user_id = auth.uid()),
    '{}');
end
$$;

create or replace function module_registry.admin_org_ids()
returns uuid[]
language plpgsql stable security definer
set search_path = ''
as $$
begin
  return coalesce(
    (select pg_catalog.array_agg(m.org_id) from public.org_members m
     where m.user_id = auth.uid() and m.role in ('owner', 'admin')),
    '{}');
end
$$;

comment on function module_registry.member_org_ids() is 'Ids of the organizations the caller (auth.uid()) belongs to.';
comment on function module_registry.admin_org_ids() is 'Ids of the organizations the caller (auth.uid()) owns or administers.';

revoke all on function module_registry.member_org_ids() from public;
revoke all on function module_registry.admin_org_ids() from public;
grant execute on function module_registry.member_org_ids() to authenticated, service_role;
grant execute on function module_registry.admin_org_ids() to authenticated, service_role;

-- Policies only where this migration created the table (no policy of ours there yet).
do $$
begin
  if not exists (select 1 from pg_catalog.pg_policies
                 where schemaname = 'public' and tablename = 'organizations') then
    create policy "Members can view their organizations"
      on public.organizations for select to authenticated
      using (id = any ((select module_registry.member_org_ids())::uuid[]));
  end if;
  if not exists (select 1 from pg_catalog.pg_policies
                 where schemaname = 'public' and tablename = 'org_members') then
    create policy "Members can view their teammates"
      on public.org_members for select to authenticated
      using (org_id = any ((select module_registry.member_org_ids())::uuid[]));
  end if;
end
$$;
