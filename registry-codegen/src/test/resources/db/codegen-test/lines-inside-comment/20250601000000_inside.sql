/* A block comment
   over two lines */

create table public.inside_a (id int primary key);


  -- an indented comment, two blank lines above

create view public.inside_v as
  select id,
         -- a comment between columns
         /* and a block one */
         nope
  from public.inside_a;
