-- Line 2 below is fine, line 3 is not.
alter table public.tasks add column title text;
alter table public.tasks add colum done boolean;
