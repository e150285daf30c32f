-- A migration written the way Supabase projects often write them: names without a schema.
create type note_kind as enum ('idea', 'todo');
create table notes (
  id bigint generated always as identity primary key,
  kind note_kind not null default 'idea',
  body text not null
);
