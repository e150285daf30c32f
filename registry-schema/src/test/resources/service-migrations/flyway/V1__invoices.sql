-- The same table, named as Flyway names migrations.
create table public.invoices (id bigint primary key, org_id uuid not null references public.organizations (id));
