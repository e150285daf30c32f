-- Supabase compatibility.
--
-- Creates only what a bare PostgreSQL lacks and a Supabase database already has: the API roles,
-- the auth schema, a minimal auth.users and auth.uid(). Every object is created only where it is
-- absent, so Supabase's own definitions are never replaced. Also creates module_registry, the
-- schema that is never exposed through an API and holds the registry's security-definer helpers.

do $$
begin
  if not exists (select 1 from pg_catalog.pg_roles where rolname = 'anon') then
    create role anon nologin noinherit;
  end if;
  if not exists (select 1 from pg_catalog.pg_roles where rolname = 'authenticated') then
    create role authenticated nologin noinherit;
  end if;
  if not exists (select 1 from pg_catalog.pg_roles where rolname = 'service_role') then
    create role service_role nologin noinherit bypassrls;
  end if;
end
$$;

-- Checked in blocks rather than "if not exists", so that on Supabase nothing logs a notice.
do $$
begin
  if not exists (select 1 from pg_catalog.pg_namespace where nspname = 'auth') then
    create schema auth;
  end if;
  if pg_catalog.to_regclass('auth.users') is null then
    create table auth.users (
      id uuid primary key,
      email text,
      created_at timestamptz not null default now()
    );
  end if;
end
$$;

-- auth.uid(): the "sub" of the JSON setting request.jwt.claims. A transaction-local setting reads
-- as '' (not NULL) after its transaction ends, so an empty string means "no user".
-- Like Supabase's own it has no SET clause, so PostgreSQL can inline it into the policies'
-- plans (a SET clause forbids inlining); it runs with the caller's rights and names everything
-- with its schema, so the caller's search_path cannot redirect it.
do $$
begin
  if pg_catalog.to_regprocedure('auth.uid()') is null then
    execute $fn$
      create function auth.uid() returns uuid
      language sql stable
      as $body$
        select nullif(
          (nullif(pg_catalog.current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub'),
          ''
        )::uuid
      $body$
    $fn$;
    comment on function auth.uid() is
      'The caller''s user id: "sub" of request.jwt.claims, NULL when unset or empty. Created by Module Registry where Supabase''s is absent.';
  end if;
end
$$;

grant usage on schema public to anon, authenticated, service_role;
grant usage on schema auth to anon, authenticated, service_role;
grant execute on function auth.uid() to anon, authenticated, service_role;

-- Flyway creates this schema for its history table before the first migration runs; plain psql
-- does not. Checked in a block so neither path logs "already exists".
do $$
begin
  if not exists (select 1 from pg_catalog.pg_namespace where nspname = 'module_registry') then
    create schema module_registry;
  end if;
end
$$;
comment on schema module_registry is
  'Module Registry internals: security-definer helpers for RLS policies and the migration history. Never expose it through an API.';
revoke all on schema module_registry from public;
grant usage on schema module_registry to authenticated, service_role;
