-- A service's own table over the registry's, named as the Supabase CLI names migrations.
create table public.invoices (
  id bigint generated always as identity primary key,
  org_id uuid not null references public.organizations (id),
  amount_cents bigint not null
);
alter table public.invoices enable row level security;
