-- A second schema of the service's own, which the TypeScript types cover through <typescriptSchemas>.
create schema billing;

create table billing.invoices (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  state text not null default 'draft' constraint invoices_state_known check (state in ('draft', 'sent'))
);
create index invoices_org_id_idx on billing.invoices (org_id);
comment on table billing.invoices is 'Invoices of an organization, in its own schema.';
