create table public.tasks (id uuid primary key);
