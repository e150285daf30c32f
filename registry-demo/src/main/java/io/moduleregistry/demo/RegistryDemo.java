package io.moduleregistry.demo;

import io.moduleregistry.AccessDeniedException;
import io.moduleregistry.Installation;
import io.moduleregistry.ModuleChange;
import io.moduleregistry.ModuleDefinition;
import io.moduleregistry.ModuleManifest;
import io.moduleregistry.ModuleNotInstalledException;
import io.moduleregistry.ModuleRegistry;
import io.moduleregistry.Plan;
import io.moduleregistry.RequirementsException;
import io.moduleregistry.ServiceScope;
import io.moduleregistry.UserScope;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A tour of Module Registry on an embedded PostgreSQL: the service fills the catalog, an admin
 * installs and configures modules for an organization, then a member, a stranger and the service
 * each say what they see. Every call runs as the app login role under RLS.
 */
public final class RegistryDemo {

  private RegistryDemo() {}

  /**
   * Runs the tour.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    try (RegistryDatabase db = RegistryDatabase.start()) {
      System.out.println("Module Registry demo on " + db.describe());
      ModuleRegistry registry = ModuleRegistry.create(db.appDataSource());
      registry.verifySchema();
      System.out.println("Schema verified: migrations match the library.");

      ServiceScope service = registry.asService();
      service.registerModule(new ModuleDefinition("agency", "Agency", "Clients, projects and retainers", "1.0.0"));
      service.registerModule(new ModuleDefinition("time-tracking", "Time tracking", "Timesheets", "2.1.0"));
      service.registerModule(ModuleDefinition.of("invoicing", "Invoicing"));
      System.out.println("\nCatalog (service): " + service.modules().stream().map(m -> m.id() + "@" + m.version()).toList());

      Tenant acme = db.fixtures().tenant("Acme");
      Tenant globex = db.fixtures().tenant("Globex");
      UserScope admin = registry.asUser(acme.admin());
      UserScope member = registry.asUser(acme.member());
      UserScope stranger = registry.asUser(globex.owner());

      System.out.println("\nAcme's admin installs and configures:");
      show("install agency", admin.install(acme.orgId(), "agency"));
      show("install time-tracking", admin.install(acme.orgId(), "time-tracking", Map.of("rounding", 15, "approvals", true)));
      show("merge {rounding: 30}", admin.mergeSettings(acme.orgId(), "time-tracking", Map.of("rounding", 30)));
      show("disable agency", admin.disable(acme.orgId(), "agency"));

      System.out.println("\nAcme's member sees:");
      member.installations(acme.orgId()).forEach(i -> show("  ", i));
      System.out.println("  isEnabled(time-tracking) = " + member.isEnabled(acme.orgId(), "time-tracking"));
      System.out.println("  isEnabled(agency)        = " + member.isEnabled(acme.orgId(), "agency"));
      try {
        member.enable(acme.orgId(), "agency");
      } catch (AccessDeniedException e) {
        System.out.println("  enable agency -> " + e.getClass().getSimpleName() + ": " + e.getMessage());
      }

      System.out.println("\nA stranger (Globex's owner) sees of Acme:");
      System.out.println("  installations = " + stranger.installations(acme.orgId()));
      System.out.println("  isEnabled(time-tracking) = " + stranger.isEnabled(acme.orgId(), "time-tracking"));
      try {
        stranger.uninstall(acme.orgId(), "time-tracking");
      } catch (ModuleNotInstalledException e) {
        System.out.println("  uninstall -> " + e.getClass().getSimpleName() + " (learns nothing about Acme)");
      }

      System.out.println("\nThe service sees every organization:");
      for (UUID org : new UUID[] {acme.orgId(), globex.orgId()}) {
        System.out.println("  " + (org.equals(acme.orgId()) ? "Acme  " : "Globex") + " -> "
            + service.installations(org).stream().map(Installation::moduleId).toList());
      }
      System.out.println("\nModules that need modules: the service syncs manifests, Acme's admin plans and applies:");
      service.syncCatalog(List.of(
          ModuleManifest.of("crm", "CRM", "1.3.0", Map.of()),
          ModuleManifest.of("billing", "Billing", "2.0.1", Map.of()),
          ModuleManifest.of("agency-suite", "Agency suite", "1.0.0", Map.of("crm", "^1.2", "billing", ">=2.0.0 <3"))));
      Plan plan = admin.plan(acme.orgId(), ModuleChange.install("agency-suite"));
      System.out.println("  plan install agency-suite -> " + plan.steps());
      admin.apply(plan);
      try {
        admin.uninstall(acme.orgId(), "crm");
      } catch (RequirementsException e) {
        System.out.println("  uninstall crm -> " + e.getClass().getSimpleName() + ": " + e.problems());
      }

      System.out.println("\nHistory of Acme, written by the database itself: " + db.fixtures().queryValue(
          "select string_agg(module_id || ':' || event, ', ' order by id) from public.org_module_events where org_id = ?",
          acme.orgId()));
    }
  }

  private static void show(String label, Installation i) {
    System.out.printf("  %-24s %-14s enabled=%-5s settings=%s%n", label, i.moduleId(), i.enabled(), i.settings());
  }
}
