-- An application migration that needs nothing of the registry: run before the registry's.
create table public.audit_log (id bigint generated always as identity primary key, entry text not null);
alter table public.audit_log enable row level security;
