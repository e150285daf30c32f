-- A migration whose error sits deep inside a statement that starts on line 4: the report names line 10.
create table public.deep (id int primary key);

create function public.deep_count()
returns bigint
language sql
as $$
  select count(*)
  from public.deep
  where missing_column > 0
$$;
