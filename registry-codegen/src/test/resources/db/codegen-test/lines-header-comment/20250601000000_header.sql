-- A header comment on line 1,
-- and a blank line after it: the statement starts on line 4.

create function public.header_count()
returns bigint
language sql
as $$
  -- a comment inside the body
  select count(*)

  from pg_class
  where missing_column > 0
$$;
