-- A migration with an SQL error on its third line.
create table public.broken (
  id uuid primary key,,
  name text
);
