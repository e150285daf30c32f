-- Names whose members end just before, at and just after column 80, where prettier's layout flips.
do $$
declare
  n int;
begin
  create table edge.widths (id int primary key);
  for n in 14..26 loop
    execute format('create function edge.%I() returns int language sql as $f$ select 1 $f$', 'w' || repeat('x', n));
    execute format('create function edge.%I(a_number int, b_text text) returns int language sql as $f$ select 1 $f$',
      'a' || repeat('x', n - 10));
    execute format('alter table edge.widths add column %I edge.very_long_enumeration_type_name_for_wrapping',
      'c' || repeat('x', n + 12));
    execute format('alter table edge.widths add column %I other.pair', 'p' || repeat('x', n + 14));
  end loop;
  for n in 1..6 loop
    execute format('create type edge.%I as enum (%s)', 'e' || repeat('x', n),
      (select string_agg(quote_literal('label_' || i || repeat('y', n)), ', ') from generate_series(1, 5) i));
  end loop;
end $$;
