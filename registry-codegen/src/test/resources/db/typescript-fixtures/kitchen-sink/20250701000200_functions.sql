create function public.ping() returns text language sql as $$ select 'pong' $$;
create function public.add(a int, b int default 1) returns int language sql as $$ select a + b $$;
create function public.search_posts(query text, max_rows int default 10)
  returns setof public.posts language sql stable as $$ select * from public.posts limit max_rows $$;
create function public.top_post(author uuid) returns public.posts language sql stable
  as $$ select * from public.posts where author_id = author limit 1 $$;
create function public.author_summary(author uuid)
  returns table (title text, rating int, tags text[]) language sql stable
  as $$ select p.title, p.rating, array[]::text[] from public.posts p where p.author_id = author $$;
create function public.title_upper(public.posts) returns text language sql stable
  as $$ select upper($1.title) $$;
create function public.author_posts(public.authors) returns setof public.posts language sql stable
  as $$ select * from public.posts where author_id = $1.id $$;
create function public.author_profile(public.authors) returns setof public.author_profiles
  rows 1 language sql stable as $$ select * from public.author_profiles where author_id = $1.id $$;
create function public.echo_json(json) returns json language sql as $$ select $1 $$;
create function public.echo_jsonb(jsonb) returns jsonb language sql as $$ select $1 $$;
create function public.echo_text(text) returns text language sql as $$ select $1 $$;
create function public.unnamed_int(int) returns int language sql as $$ select $1 $$;
create function public.overloaded(x int) returns int language sql as $$ select x $$;
create function public.overloaded(x text) returns text language sql as $$ select x $$;
create function public.overloaded(x int, y int) returns int language sql as $$ select x + y $$;
create function public.nothing() returns void language sql as $$ select $$;
create function public.with_out(a int, out doubled int, out tripled int) language sql as $$ select a * 2, a * 3 $$;
create function public.anything() returns record language sql as $$ select 1, 2 $$;
create function public.mood_of(m public.mood default 'ok') returns public.mood[] language sql as $$ select array[m] $$;
create function public.sum_all(variadic nums int[]) returns int language sql as $$ select sum(n)::int from unnest(nums) n $$;
create function public.make_address(street text, city text) returns public.address language sql
  as $$ select row(street, city, null, null, null)::public.address $$;
create function public.addresses() returns setof public.address language sql as $$ select null::public.address $$;
create function public.stats_of(public.author_stats) returns bigint language sql stable as $$ select $1.post_count $$;
create function public.ids_between(lo int, hi int) returns setof int language sql as $$ select generate_series(lo, hi) $$;
create function public.trigger_fn() returns trigger language plpgsql as $$ begin return new; end $$;
create function public.default_only(x int default 0) returns int language sql as $$ select x $$;
create function public.default_only() returns int language sql as $$ select 0 $$;
create function extra.level_of(post_id bigint) returns extra.level language sql as $$ select 'low'::extra.level $$;
create function public.long_signature_function_name(first_argument_name text, second_argument_name integer default 42, third jsonb default null) returns table (first_column_name text, second_column_name integer) language sql as $$ select 'a', 1 $$;
