-- A schema change as a later migration would make it: a new column on the catalog.
alter table public.modules add column icon_url text;
