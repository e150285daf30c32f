-- Fixture for the TypeScript generator: names and shapes that stress the layout (line width,
-- unions, overloads), foreign tables, rules, views over views, and schemas with nothing in them.
create schema if not exists edge;
create schema if not exists empty_schema;
create schema if not exists other;

create type other.status as enum ('draft', 'published', 'archived');
create type other.pair as (left_value int4, right_value int4);
create type edge.single as enum ('only');
create type edge.very_long_enumeration_type_name_for_wrapping as enum (
  'first_extremely_long_label_value', 'second_extremely_long_label_value', 'third_extremely_long_label_value');
create type edge.wide as (
  a_very_long_attribute_name_that_goes_on edge.very_long_enumeration_type_name_for_wrapping[],
  other_status other.status,
  pair other.pair,
  nested edge.single);

create table edge.a_table_with_an_exceptionally_long_name_to_force_wrapping_of_lines (
  id bigint primary key,
  a_column_with_a_long_name_that_uses_an_enum edge.very_long_enumeration_type_name_for_wrapping,
  another_column_with_a_long_name_and_array edge.very_long_enumeration_type_name_for_wrapping[] not null,
  hidden_status other.status,
  hidden_status_array other.status[],
  hidden_pair other.pair,
  wide edge.wide,
  "日本語" text,
  "Ünïcödé" int
);

create table edge.parent (
  first_key_column_with_long_name int,
  second_key_column_with_long_name int,
  third_key_column_with_long_name int,
  primary key (first_key_column_with_long_name, second_key_column_with_long_name, third_key_column_with_long_name)
);
create table edge.child (
  id int primary key,
  first_key_column_with_long_name int,
  second_key_column_with_long_name int,
  third_key_column_with_long_name int,
  constraint child_references_parent_with_a_really_long_constraint_name
    foreign key (first_key_column_with_long_name, second_key_column_with_long_name, third_key_column_with_long_name)
    references edge.parent,
  parent_row_id int references edge.child (id),
  other_table_id int
);
create table other.things (id int primary key, child_id int references edge.child (id));
alter table edge.child add constraint child_other_fk foreign key (other_table_id) references other.things (id);

create view edge.child_view as select id, parent_row_id, first_key_column_with_long_name as f1,
  second_key_column_with_long_name as f2, third_key_column_with_long_name as f3 from edge.child;
create view edge.child_view_of_view as select id, parent_row_id from edge.child_view;
create view edge.parent_view as select * from edge.parent;

create view edge.ruled_view as select id, parent_row_id from edge.child;
create rule ruled_view_insert as on insert to edge.ruled_view do instead
  insert into edge.child (id, parent_row_id) values (new.id, new.parent_row_id);

create schema if not exists extensions;
create extension if not exists file_fdw with schema extensions;
create extension if not exists citext with schema extensions;
create server fixture_files foreign data wrapper file_fdw;
create foreign table edge.remote_rows (id int not null, payload jsonb, label text default 'x', email extensions.citext)
  server fixture_files options (filename '/dev/null', format 'csv');

create function edge.f() returns int language sql as $$ select 1 $$;
create function edge.g(x int) returns int language sql as $$ select x $$;
create function edge.g(x int, y int) returns int language sql as $$ select x $$;
create function edge.function_with_many_arguments_and_a_long_name(
  first_argument text, second_argument integer, third_argument boolean, fourth_argument jsonb default null)
  returns setof edge.child language sql as $$ select * from edge.child $$;
create function edge.returns_hidden_status() returns other.status language sql as $$ select 'draft'::other.status $$;
create function edge.returns_hidden_statuses() returns setof other.status language sql as $$ select 'draft'::other.status $$;
create function edge.returns_other_table() returns setof other.things language sql as $$ select * from other.things $$;
create function edge.takes_other_row(other.things) returns int language sql as $$ select 1 $$;
create function edge.child_parent(edge.child) returns setof edge.child rows 1 language sql as $$ select * from edge.child $$;
create function edge.child_siblings(edge.child) returns setof edge.child language sql as $$ select * from edge.child $$;
create function edge.child_label(c edge.child) returns text language sql as $$ select c.id::text $$;
create function edge.unnamed_text_default(text default 'x') returns text language sql as $$ select $1 $$;
create function edge.unnamed_text_default() returns text language sql as $$ select 'y' $$;
create function edge.mixed_unnamed(int, text default 'x') returns text language sql as $$ select $2 $$;
create function edge.in_out(inout counter int, out label text) language sql as $$ select counter + 1, 'x' $$;
create function edge.table_of_hidden() returns table (s other.status, p other.pair, w edge.wide) language sql
  as $$ select null::other.status, null::other.pair, null::edge.wide $$;
create function edge."1numeric_start"() returns int language sql as $$ select 1 $$;
create function edge."Quoted Name"(value text) returns text language sql as $$ select value $$;
create function edge.set_of_rows_estimate() returns setof int rows 1 language sql as $$ select 1 $$;
create function edge.composite_set() returns setof edge.wide rows 1 language sql as $$ select null::edge.wide $$;
-- Unions that do not fit a line: an enum of a schema that is not generated, inlined in an array.
create type other.long_status as enum (
  'awaiting_first_review_by_editor', 'awaiting_second_review_by_editor', 'approved_for_publication');
alter table edge.child add column review_states other.long_status[];
create function edge.review_states_of(states other.long_status[] default null) returns other.long_status[]
  language sql as $$ select states $$;
