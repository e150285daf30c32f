create table public.between_a (id int primary key);
-- one comment line between two statements
create table public.between_b (id int primary key, a int references public.between_a (missing));
