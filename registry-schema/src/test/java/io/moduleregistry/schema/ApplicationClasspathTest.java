package io.moduleregistry.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An application's own {@code db/migration/V1__app.sql} sits on this module's test classpath, as
 * it does in every Spring Boot service: the registry's migrations must not collide with it.
 */
class ApplicationClasspathTest {

  @Test
  void theRegistrysMigrationsAreListedBesideAnApplicationsDbMigrationFolder() {
    List<Migration> migrations = RegistrySchema.migrations();
    assertThat(migrations).extracting(Migration::fileName).noneMatch(name -> name.startsWith("V1__"));
    assertThat(migrations.get(0).description()).isEqualTo("supabase_compatibility");
  }

  @Test
  void theRegistrysLocationIsNamespacedOutsideFlywaysDefault() {
    assertThat(RegistrySchema.LOCATION).doesNotStartWith("db/migration");
    assertThat(getClass().getClassLoader().getResource("db/migration/V1__app.sql")).isNotNull();
  }
}
