-- Fixture: names that are JavaScript integer-like keys (the reference orders them as JavaScript objects do).
create schema if not exists numbered;
create function numbered."10"() returns int language sql as $$ select 10 $$;
create function numbered."9"() returns int language sql as $$ select 9 $$;
create function numbered."2"(x int) returns int language sql as $$ select x $$;
create function numbered.alpha() returns int language sql as $$ select 1 $$;
create function numbered."007"() returns int language sql as $$ select 7 $$;
create function numbered."-1"() returns int language sql as $$ select -1 $$;
create table numbered."42" (id int primary key);
create table numbered."7" (id int primary key, ref int references numbered."42" (id));
create type numbered."5" as enum ('a');
