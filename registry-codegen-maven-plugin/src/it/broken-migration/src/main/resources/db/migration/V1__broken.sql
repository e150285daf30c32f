-- A service migration with a typo on line 3.
create table public.widgets (id uuid primary key);
alter table public.widgets add colum name text;
