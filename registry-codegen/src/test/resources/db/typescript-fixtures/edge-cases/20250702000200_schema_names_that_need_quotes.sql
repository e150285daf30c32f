-- A schema whose name needs quotes, with keys and a view: Supabase's generator matches foreign keys
-- by the quoted schema name, so it shows no relationships here.
create schema "Odd Schema";
create table "Odd Schema".owners (id int primary key, "Display Name" text);
create table "Odd Schema".pets (id int primary key, owner_id int references "Odd Schema".owners (id));
create view "Odd Schema".pet_owners as select p.id, p.owner_id from "Odd Schema".pets p;
create type "Odd Schema"."Mood" as enum ('calm', 'wild');
create function "Odd Schema".pet_count(owner "Odd Schema".owners) returns bigint language sql
  as $$ select count(*) from "Odd Schema".pets where owner_id = owner.id $$;
