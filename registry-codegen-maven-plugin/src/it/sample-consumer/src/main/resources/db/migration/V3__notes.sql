-- Notes of an organization: the table the README's "queried as the caller" snippet uses.
create table public.notes (
  id bigint generated always as identity primary key,
  org_id uuid not null references public.organizations (id) on delete cascade,
  body text not null constraint notes_body_not_empty check (body <> '')
);
create index notes_org_id_idx on public.notes (org_id);

-- Members read the organization's notes; its owners and admins add and delete them.
alter table public.notes enable row level security;
grant select, insert, delete on public.notes to authenticated, service_role;
create policy notes_select on public.notes for select to authenticated
  using (org_id = any ((select module_registry.member_org_ids())::uuid[]));
create policy notes_insert on public.notes for insert to authenticated
  with check (org_id = any ((select module_registry.admin_org_ids())::uuid[]));
create policy notes_delete on public.notes for delete to authenticated
  using (org_id = any ((select module_registry.admin_org_ids())::uuid[]));
