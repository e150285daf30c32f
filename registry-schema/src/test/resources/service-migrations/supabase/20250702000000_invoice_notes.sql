-- A second one, so the order matters.
alter table public.invoices add column note text;
