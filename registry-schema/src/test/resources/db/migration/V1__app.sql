-- An application's own migration at Flyway's and Spring Boot's default location, named the way
-- Flyway names them: the registry's migrations must neither read it nor be read by its Flyway.
create table public.app_notes (id bigint generated always as identity primary key, body text not null);
