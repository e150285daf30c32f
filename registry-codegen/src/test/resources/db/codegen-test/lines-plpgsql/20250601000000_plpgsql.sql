-- A PL/pgSQL body whose syntax error sits on line 11.
create table public.plpgsql_t (id int primary key);

-- the function follows a blank line and this comment
create function public.plpgsql_f()
returns int
language plpgsql
as $$
begin
  -- a comment inside the body

  retrun 1;
end
$$;
