-- A deactivated module is reported only to a caller who could otherwise install it.
--
-- The BEFORE INSERT trigger on org_modules refused a deactivated module (MR001, "activate it first")
-- before RLS's WITH CHECK ran, so a member, a stranger or an admin of another organization was told
-- to activate the module, and then, having done so, would still be refused; a missing organization
-- was reported as the module's state too. Now the trigger raises MR001 only where the insert would
-- otherwise go ahead: the organization exists, and the caller is not the 'authenticated' role or
-- owns or administers it. Everyone else gets what RLS or the foreign key says (the facade's
-- AccessDeniedException or OrganizationNotFoundException). The catalog is readable by every signed-in
-- user, so the order reveals nothing either way; it is about the advice being true.

create or replace function module_registry.guard_org_module()
returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    if exists (select 1 from public.modules m where m.id = new.module_id and not m.is_active)
       and exists (select 1 from public.organizations o where o.id = new.org_id)
       -- SECURITY DEFINER: current_user is this function's owner; the caller's role is the setting
       and (pg_catalog.current_setting('role') <> 'authenticated'
            or new.org_id = any (module_registry.admin_org_ids())) then
      raise exception 'module "%" is inactive and cannot be installed', new.module_id
        using errcode = 'MR001',
              hint = 'Activate the module in the catalog first.';
    end if;
  else
    if new.org_id is distinct from old.org_id
       or new.module_id is distinct from old.module_id
       or new.id is distinct from old.id then
      raise exception 'an installation cannot move to another organization or module (installation %)', old.id
        using errcode = 'MR002',
              hint = 'Uninstall it and install the module again where it belongs.';
    end if;
    new.installed_at := old.installed_at;
    new.updated_at := now();
  end if;
  return new;
end
$$;

revoke all on function module_registry.guard_org_module() from public;

insert into module_registry.applied_migration (version, description) values
  ('20241130120900', 'inactive_module_after_access')
on conflict on constraint applied_migration_pkey do nothing;
