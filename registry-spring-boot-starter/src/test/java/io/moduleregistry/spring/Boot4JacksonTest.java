package io.moduleregistry.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.moduleregistry.Installation;
import io.moduleregistry.ModuleRegistry;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Spring Boot 4's Jackson 3 mapper and the registry's Jackson 2 values. */
class Boot4JacksonTest {

  private static final RegistryDatabase DB = RegistryDatabase.shared();

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
      .withConfiguration(AutoConfigurations.of(Line.registryAutoConfigurations()))
      .withBean(DataSource.class, () -> new DelegatingDataSource(DB.appDataSource()));

  @Test
  void bootsJsonMapperWritesAnInstallationWithItsSettingsAsAJsonObject() {
    Tenant acme = DB.fixtures().tenant("Jackson3");
    DB.fixtures().module("jackson-three", "Jackson 3");
    runner.run(context -> {
      assertThat(context).hasNotFailed().hasBean("moduleRegistryJacksonModule")
          .doesNotHaveBean(com.fasterxml.jackson.databind.ObjectMapper.class);
      ModuleRegistry registry = context.getBean(ModuleRegistry.class);
      Installation installed = registry.asUser(acme.admin()).install(acme.orgId(), "jackson-three",
          Map.of("rounding", 15, "exact", new java.math.BigDecimal("0.10000000000000000001"), "tags", java.util.List.of("a")));
      JsonMapper mapper = context.getBean(JsonMapper.class);
      JsonNode written = mapper.readTree(mapper.writeValueAsString(installed));
      assertThat(written.get("settings").isObject()).isTrue();
      assertThat(written.get("settings").get("rounding").asInt()).isEqualTo(15);
      assertThat(written.get("settings").get("tags").get(0).asString()).isEqualTo("a");
      assertThat(mapper.writeValueAsString(installed)).contains("0.10000000000000000001")
          .doesNotContain("nodeType");
      assertThat(written.get("moduleId").asString()).isEqualTo("jackson-three");
    });
  }

  @Test
  void withoutJackson3TheModuleIsNotThereAndTheRestStarts() {
    runner.withClassLoader(new FilteredClassLoader("tools.jackson"))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("moduleRegistryJacksonModule")
            .hasSingleBean(ModuleRegistry.class));
  }
}
