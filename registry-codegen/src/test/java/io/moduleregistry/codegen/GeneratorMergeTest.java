package io.moduleregistry.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.ForcedType;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.SchemaMappingType;
import org.jooq.meta.jaxb.Target;
import org.junit.jupiter.api.Test;

/** How a caller's generator configuration is laid over the defaults (no database needed). */
class GeneratorMergeTest {

  private static Generator defaults() {
    return new Generator()
        .withName("org.jooq.codegen.JavaGenerator")
        .withDatabase(new Database().withInputSchema("public").withExcludes("flyway_schema_history")
            .withForcedTypes(new ForcedType().withName("DEFAULT").withIncludeTypes("JSONB")))
        .withGenerate(new Generate().withPojos(false).withJavadoc(true))
        .withTarget(new Target().withPackageName("io.moduleregistry.db").withDirectory("/out"));
  }

  @Test
  void whatTheCallerSetsWinsWhatItLeavesOutKeepsTheDefaultAndItsForcedTypesComeFirst() {
    Generator mine = new Generator()
        .withDatabase(new Database().withExcludes("audit_.*")
            .withForcedTypes(new ForcedType().withName("MINE").withIncludeTypes("JSONB")))
        .withGenerate(new Generate().withPojos(true));

    Generator merged = GeneratorMerge.over(mine, defaults());

    assertThat(merged.getName()).isEqualTo("org.jooq.codegen.JavaGenerator");
    assertThat(merged.getDatabase().getInputSchema()).isEqualTo("public");
    assertThat(merged.getDatabase().getExcludes()).isEqualTo("audit_.*");
    assertThat(merged.getDatabase().getForcedTypes()).extracting(ForcedType::getName).containsExactly("MINE", "DEFAULT");
    assertThat(merged.getGenerate().isPojos()).isTrue();
    assertThat(merged.getGenerate().isJavadoc()).isTrue();
    assertThat(mine.getDatabase().getForcedTypes()).as("the caller's configuration is not changed").hasSize(1);
  }

  @Test
  void schemataReplaceTheDefaultInputSchema() {
    Generator mine = new Generator().withDatabase(new Database()
        .withSchemata(new SchemaMappingType().withInputSchema("public"), new SchemaMappingType().withInputSchema("billing")));

    Generator merged = GeneratorMerge.over(mine, defaults());

    assertThat(merged.getDatabase().getInputSchema()).isEmpty();
    assertThat(merged.getDatabase().getSchemata()).extracting(SchemaMappingType::getInputSchema)
        .containsExactly("public", "billing");
  }

  @Test
  void theTargetIsTheCallersWhereItNamesOneAndJooqsOwnDefaultsCountAsUnset() {
    Path fallback = Path.of("/fallback");
    assertThat(GeneratorMerge.directory(null, fallback)).isEqualTo(fallback);
    assertThat(GeneratorMerge.directory(new Generator().withTarget(new Target()), fallback)).isEqualTo(fallback);
    assertThat(GeneratorMerge.directory(new Generator().withTarget(new Target().withDirectory("/mine")), fallback))
        .isEqualTo(Path.of("/mine"));
    assertThat(GeneratorMerge.packageName(new Generator().withTarget(new Target()), "a.b")).isEqualTo("a.b");
    assertThat(GeneratorMerge.packageName(new Generator().withTarget(new Target().withPackageName("c.d")), "a.b"))
        .isEqualTo("c.d");
  }
}
