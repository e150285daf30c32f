alter table public.projects add column notes text;
