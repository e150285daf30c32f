package io.moduleregistry;

import static org.assertj.core.api.Assertions.assertThat;

import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** README's "Modules that need modules" snippet, compiled and run as written; the README shows these exact lines. */
class RequirementsReadmeTest {

  static Plan readme(ModuleRegistry registry, Path manifestsDir, UUID adminId, UUID orgId) {
    // requirements:usage:start
    List<ModuleManifest> manifests = ModuleManifests.read(manifestsDir); // every problem of every file at once
    registry.asService().syncCatalog(manifests);     // one transaction, idempotent

    UserScope admin = registry.asUser(adminId);
    Plan plan = admin.plan(orgId, ModuleChange.install("agency"));   // a dry run under RLS
    if (!plan.feasible()) {
      throw new IllegalStateException(String.join("\n", plan.problems()));
    }
    admin.apply(plan);                               // [install crm, install billing, install agency]: one transaction

    Bundle pro = Bundle.of("pro", "agency", "reports");
    admin.change(orgId, pro.install());              // a pricing plan's modules, with what they need
    // requirements:usage:end
    return plan;
  }

  @Test
  void theSnippetRunsAsWritten(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("agency.json"), """
        {"id": "agency", "name": "Agency", "version": "1.0.0", "requires": {"crm": "^1.2", "billing": "*"}}""");
    Files.writeString(dir.resolve("billing.json"), """
        {"id": "billing", "name": "Billing", "version": "2.0.0", "requires": {"crm": ">=1.0.0 <3"}}""");
    Files.writeString(dir.resolve("crm.json"), "{\"id\": \"crm\", \"name\": \"CRM\", \"version\": \"1.4.0\"}");
    Files.writeString(dir.resolve("reports.json"), """
        {"id": "reports", "name": "Reports", "version": "1.0.0", "requires": {"crm": "~1.4"}}""");
    RegistryDatabase db = RegistryDatabase.shared();
    Tenant acme = db.fixtures().tenant("Acme");
    ModuleRegistry registry = ModuleRegistry.create(db.appDataSource());
    Plan plan = readme(registry, dir, acme.admin(), acme.orgId());
    assertThat(plan.steps()).containsExactly(ModuleChange.install("crm"), ModuleChange.install("billing"),
        ModuleChange.install("agency"));
    assertThat(registry.asService().installations(acme.orgId())).extracting(Installation::moduleId)
        .containsExactly("agency", "billing", "crm", "reports");
  }

  @Test
  void theReadmeShowsTheseExactLines() throws IOException {
    String source = Files.readString(Path.of("src/test/java/io/moduleregistry/RequirementsReadmeTest.java"));
    String readme = Files.readString(Path.of("../README.md"));
    String start = "// requirements:usage:start\n";
    String code = source.substring(source.indexOf(start) + start.length(), source.indexOf("// requirements:usage:end"));
    assertThat(readme).contains(code.stripIndent());
  }
}
