package io.moduleregistry.usage;

import static org.assertj.core.api.Assertions.assertThat;

import io.moduleregistry.*;
import io.moduleregistry.Module; // beside the wildcard, as Module's Javadoc and the README say: java.lang.Module clashes
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Code outside the package that imports it with a wildcard compiles, given the one explicit import. */
class WildcardImportTest {

  @Test
  void moduleIsOursWithTheExplicitImport() {
    Module module = new Module("agency", "Agency", null, "1.0.0", true, OffsetDateTime.now());
    ModuleDefinition definition = ModuleDefinition.of(module.id(), module.name());
    assertThat(definition.id()).isEqualTo("agency");
    assertThat(Module.class.getPackageName()).isEqualTo("io.moduleregistry");
  }
}
