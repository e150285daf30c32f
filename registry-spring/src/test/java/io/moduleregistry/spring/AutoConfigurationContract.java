package io.moduleregistry.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.moduleregistry.CallListener;
import io.moduleregistry.ModuleDefinition;
import io.moduleregistry.ModuleRegistry;
import io.moduleregistry.SchemaMismatchException;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.ScratchDatabase;
import io.moduleregistry.testkit.Tenant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The auto-configuration in real contexts against the real embedded database, conditions on and
 * off: one contract, run by each starter's test on its own Spring Boot line. A subclass names what
 * differs between the lines (Boot's own auto-configurations, the health types).
 */
public abstract class AutoConfigurationContract {

  static final RegistryDatabase DB = RegistryDatabase.shared();

  /** Every auto-configuration of the starter under test, as Boot would load them. */
  final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(Line.registryAutoConfigurations()));

  /**
   * Spring Boot's DataSource and Flyway auto-configurations of this line.
   *
   * @return the two classes
   */
  protected abstract Class<?>[] dataSourceAndFlyway();

  /**
   * The status ({@code UP}, {@code DOWN}) the {@code moduleRegistryHealthIndicator} bean reports.
   *
   * @param indicator the bean
   * @return its status's code
   */
  protected abstract String healthStatus(Object indicator);

  /**
   * The name of this line's health indicator type, to hide it from the class path.
   *
   * @return the fully qualified name
   */
  protected abstract String healthIndicatorType();

  private ApplicationContextRunner withAppDataSource() {
    // Wrapped: the context closes an AutoCloseable bean, and the shared pool must outlive it.
    return runner.withBean(DataSource.class, () -> new DelegatingDataSource(DB.appDataSource()));
  }

  @Test
  void aRegistryOverTheApplicationsDataSourceWithTheSchemaVerified() {
    withAppDataSource().run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(ModuleRegistry.class).hasSingleBean(RegistrySchemaCheck.class)
          .doesNotHaveBean(RegistryMigration.class);
      assertThat(context.getBean(ModuleRegistry.class).asService().modules()).isNotNull();
    });
  }

  @Test
  void jooqsLogoAndTipsStayOutOfTheServicesLog() {
    withAppDataSource().run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(System.getProperty("org.jooq.no-logo")).isEqualTo("true");
      assertThat(System.getProperty("org.jooq.no-tips")).isEqualTo("true");
    });
  }

  @Test
  void anUnmigratedDatabaseFailsStartupNamingWhatIsMissing() {
    try (ScratchDatabase scratch = DB.createScratchDatabase()) {
      runner.withBean(DataSource.class, scratch::dataSource).run(context -> {
        assertThat(context).hasFailed();
        assertThat(context.getStartupFailure()).isInstanceOf(SchemaMismatchException.class)
            .hasMessageContaining("are none").hasMessageContaining("missing");
      });
      runner.withBean(DataSource.class, scratch::dataSource).withPropertyValues("module-registry.verify-schema=false")
          .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(RegistrySchemaCheck.class));
    }
  }

  @Test
  void theClassPathsManifestsAreSyncedAtStartupOnlyWhenAskedFor() {
    withAppDataSource().run(context -> assertThat(context).doesNotHaveBean(RegistryCatalogSync.class));
    withAppDataSource().withPropertyValues("module-registry.catalog.sync=true").run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(RegistryCatalogSync.class);
      ModuleRegistry registry = context.getBean(ModuleRegistry.class);
      assertThat(registry.asService().module("starter-agency")).isPresent();
      Tenant acme = DB.fixtures().tenant("Acme");
      assertThat(registry.asUser(acme.admin()).installWithRequirements(acme.orgId(), "starter-agency").steps())
          .extracting(io.moduleregistry.ModuleChange::moduleId).containsExactly("starter-crm", "starter-agency");
      // the synced manifests' settings schemas: defaults applied on install, a breach refused before any SQL
      assertThat(registry.asUser(acme.admin()).settingsMap(acme.orgId(), "starter-crm")).containsEntry("currency", "EUR");
      assertThatThrownBy(() -> registry.asUser(acme.admin()).replaceSettings(acme.orgId(), "starter-crm",
          java.util.Map.of("currency", "GBP")))
          .isInstanceOf(io.moduleregistry.InvalidSettingsException.class).hasNoCause()
          .hasMessage("settings of module 'starter-crm' for organization " + acme.orgId()
              + " break its settings schema: '/currency' violates enum");
    });
  }

  @Test
  void noDataSourceAtAllIsAClearStartupError() {
    runner.run(context -> assertThat(context.getStartupFailure()).rootCause()
        .hasMessageContaining("Module Registry needs a DataSource"));
  }

  @Test
  void theSnapshotIsOnlyOnWhenAskedFor() {
    runner.withBean(DataSource.class, () -> new DelegatingDataSource(DB.appDataSource()))
        .run(context -> assertThat(context.getBean(ModuleRegistry.class).snapshotStats()).isEmpty());
    // The snapshot opens its listener from the pool's URL, so the pool itself is the bean here.
    runner.withBean(DataSource.class, () -> pool()).withPropertyValues("module-registry.snapshot.enabled=true")
        .run(context -> assertThat(context.getBean(ModuleRegistry.class).snapshotStats()).isPresent());
  }

  @Test
  void snapshotSettingsAreBoundAndCheckedUnderTheirPrefix() {
    runner.withBean(DataSource.class, () -> pool()).withPropertyValues("module-registry.snapshot.enabled=true",
            "module-registry.snapshot.refresh=poll", "module-registry.snapshot.poll-interval=250ms",
            "module-registry.snapshot.max-entries=500")
        .run(context -> {
          ModuleRegistryProperties.Snapshot snapshot = context.getBean(ModuleRegistryProperties.class).getSnapshot();
          assertThat(snapshot.getRefresh()).isEqualTo(io.moduleregistry.SnapshotSettings.Refresh.POLL);
          assertThat(snapshot.getPollInterval()).hasMillis(250);
          assertThat(context.getBean(ModuleRegistry.class).snapshotStats()).isPresent();
        });
    runner.withBean(DataSource.class, () -> pool()).withPropertyValues("module-registry.snapshot.enabled=true",
            "module-registry.snapshot.max-entries=0")
        .run(context -> assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("maxEntries"));
  }

  @Test
  void theMetadataDescribesEveryPropertyGroup() throws Exception {
    try (var in = getClass().getClassLoader().getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("the configuration processor's metadata in registry-spring's jar").isNotNull();
      String metadata = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(metadata).contains("\"module-registry.snapshot.enabled\"", "\"module-registry.snapshot.refresh\"",
          "\"module-registry.migration.enabled\"", "\"module-registry.guard.header\"",
          "\"module-registry.ofrep.enabled\"", "\"module-registry.ofrep.organization-attribute\"");
    }
  }

  private static com.zaxxer.hikari.HikariDataSource pool() {
    com.zaxxer.hikari.HikariDataSource pool = new com.zaxxer.hikari.HikariDataSource();
    pool.setJdbcUrl(DB.jdbcUrl());
    pool.setUsername(RegistryDatabase.APP_ROLE);
    pool.setPassword(DB.appPassword());
    return pool;
  }

  @Test
  void turnedOffItCreatesNothing() {
    withAppDataSource().withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withPropertyValues("module-registry.enabled=false", "module-registry.migration.enabled=true")
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ModuleRegistry.class)
            .doesNotHaveBean(CallerScopeResolver.class).doesNotHaveBean(CallListener.class)
            .doesNotHaveBean(RegistryMigration.class).doesNotHaveBean("moduleRegistryHealthIndicator")
            .doesNotHaveBean("moduleRegistryGuard"));
  }

  @Test
  void aRegistryOfTheApplicationsOwnReplacesOursAndTheOtherConcernsUseIt() {
    withAppDataSource().withBean("mine", ModuleRegistry.class, () -> ModuleRegistry.builder(DB.appDataSource()).build())
        .run(context -> assertThat(context).hasNotFailed().hasSingleBean(ModuleRegistry.class).hasBean("mine")
            .hasSingleBean(CallerScopeResolver.class).hasBean("moduleRegistryHealthIndicator"));
  }

  @Test
  void theGuardOnlyInServletWebApplications() {
    new org.springframework.boot.test.context.runner.WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(Line.registryAutoConfigurations()))
        .withBean(DataSource.class, () -> new DelegatingDataSource(DB.appDataSource()))
        .run(context -> assertThat(context).hasNotFailed().hasBean("moduleRegistryGuard"));
    withAppDataSource().run(context -> assertThat(context).doesNotHaveBean("moduleRegistryGuard"));
  }

  @Test
  void ofrepOnlyWhenTurnedOnInAServletWebApplicationWithOpenFeatureOnTheClassPath() {
    var web = new org.springframework.boot.test.context.runner.WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(Line.registryAutoConfigurations()))
        .withBean(DataSource.class, () -> new DelegatingDataSource(DB.appDataSource()));
    web.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("moduleRegistryOfrep")
        .doesNotHaveBean(io.moduleregistry.openfeature.FlagEvaluator.class));
    web.withPropertyValues("module-registry.ofrep.enabled=true", "module-registry.ofrep.organization-attribute=tenant")
        .run(context -> {
          assertThat(context).hasNotFailed().hasBean("moduleRegistryOfrep");
          assertThat(context.getBean(io.moduleregistry.openfeature.FlagEvaluator.class).organizationAttribute())
              .isEqualTo("tenant");
        });
    web.withPropertyValues("module-registry.ofrep.enabled=true")
        .withClassLoader(new FilteredClassLoader("io.moduleregistry.openfeature"))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("moduleRegistryOfrep"));
    web.withPropertyValues("module-registry.ofrep.enabled=true", "module-registry.enabled=false")
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("moduleRegistryOfrep"));
    withAppDataSource().withPropertyValues("module-registry.ofrep.enabled=true")
        .run(context -> assertThat(context).as("not a web application").hasNotFailed()
            .doesNotHaveBean("moduleRegistryOfrep"));
  }

  @Test
  void ofrepWithoutAnyWayToKnowTheCallerFailsStartupSayingWhatToAdd() {
    new org.springframework.boot.test.context.runner.WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(Line.registryAutoConfigurations()))
        .withBean(DataSource.class, () -> new DelegatingDataSource(DB.appDataSource()))
        .withClassLoader(new FilteredClassLoader(JwtAuthenticationToken.class))
        .withPropertyValues("module-registry.ofrep.enabled=true")
        .run(context -> assertThat(context.getStartupFailure()).rootCause()
            .hasMessageContaining("CallerScopeResolver").hasMessageContaining("spring-security-oauth2-resource-server"));
  }

  @Test
  void aDedicatedDataSourceUnderOurPrefixIsUsedInsteadOfAPrivilegedMainOne() {
    runner.withBean(DataSource.class, () -> new DelegatingDataSource(DB.ownerDataSource()))
        .withPropertyValues("module-registry.datasource.url=" + DB.jdbcUrl(),
            "module-registry.datasource.username=" + RegistryDatabase.APP_ROLE,
            "module-registry.datasource.password=" + DB.appPassword())
        .run(context -> {
          assertThat(context).hasNotFailed();
          DataSource used = context.getBean(ModuleRegistry.class).dataSource();
          assertThat(used).isInstanceOf(com.zaxxer.hikari.HikariDataSource.class);
          try (var c = used.getConnection(); var s = c.createStatement(); var rs = s.executeQuery("select current_user")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(RegistryDatabase.APP_ROLE);
          }
        });
  }

  @Test
  void theRegistryMigratesFirstThenBootsFlywayAppliesTheApplicationsOwnEachWithItsHistory() {
    try (ScratchDatabase scratch = DB.createScratchDatabase()) {
      runner.withConfiguration(AutoConfigurations.of(dataSourceAndFlyway()))
          .withPropertyValues("spring.datasource.url=" + scratch.jdbcUrl(), "spring.datasource.username=postgres",
              "module-registry.migration.enabled=true")
          .run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(count(scratch, "select count(*) from module_registry.applied_migration")).isPositive();
            assertThat(count(scratch, "select count(*) from public.flyway_schema_history where version = '1'"))
                .as("the application's V1 in its own history").isEqualTo(1);
            assertThat(count(scratch, "select count(*) from module_registry.flyway_schema_history where version = '1'"))
                .isZero();
            assertThat(count(scratch, "select count(*) from information_schema.tables where table_name = 'app_notes'"))
                .isEqualTo(1);
          });
    }
  }

  @Test
  void beansThatDependOnDatabaseInitializationWaitForTheRegistrysMigrationAndTheRegistryForBootsFlyway() {
    try (ScratchDatabase scratch = DB.createScratchDatabase()) {
      runner.withConfiguration(AutoConfigurations.of(dataSourceAndFlyway()))
          .withUserConfiguration(ReadsRegistryTables.class)
          .withPropertyValues("spring.datasource.url=" + scratch.jdbcUrl(), "spring.datasource.username=postgres",
              "module-registry.migration.enabled=true")
          .run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean("registryTablesAtCreation", Long.class))
                .as("a bean marked @DependsOnDatabaseInitialization saw the registry's tables").isPositive();
            var factory = context.getBeanFactory();
            String[] flywayInitializers = context.getBeanNamesForType(
                Class.forName(dataSourceAndFlyway()[1].getPackageName() + ".FlywayMigrationInitializer"));
            assertThat(flywayInitializers).hasSize(1);
            assertThat(dependsOnTransitively(factory, flywayInitializers[0]))
                .as("Boot's Flyway after the registry's migration").contains(RegistryMigration.BEAN_NAME);
            assertThat(dependsOnTransitively(factory, "moduleRegistry"))
                .as("the registry (and its snapshot) after every migration")
                .contains(RegistryMigration.BEAN_NAME, flywayInitializers[0]);
          });
    }
  }

  /** Every bean the named one is declared to depend on, directly or through those. */
  static java.util.Set<String> dependsOnTransitively(
      org.springframework.beans.factory.config.ConfigurableListableBeanFactory factory, String name) {
    java.util.Set<String> found = new java.util.LinkedHashSet<>();
    java.util.Deque<String> next = new java.util.ArrayDeque<>(java.util.List.of(name));
    while (!next.isEmpty()) {
      String[] direct = factory.getBeanDefinition(next.pop()).getDependsOn();
      for (String dependency : direct == null ? new String[0] : direct) {
        if (found.add(dependency)) {
          next.push(dependency);
        }
      }
    }
    return found;
  }

  /** A bean of the application's that reads the registry's tables when it is created. */
  @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
  static class ReadsRegistryTables {
    @org.springframework.context.annotation.Bean
    @org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization
    Long registryTablesAtCreation(DataSource dataSource) throws java.sql.SQLException {
      try (var c = dataSource.getConnection(); var s = c.createStatement();
          var rs = s.executeQuery("select count(*) from module_registry.applied_migration")) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Test
  void migrationWithoutAnyLoginSaysWhatToSet() {
    runner.withPropertyValues("module-registry.migration.enabled=true")
        .run(context -> assertThat(context.getStartupFailure()).rootCause()
            .hasMessageContaining("module-registry.migration.url/username/password"));
  }

  @Test
  void theApplicationsMigrationsFirstThenTheRegistrysAlsoCoexist() {
    try (ScratchDatabase scratch = DB.createScratchDatabase()) {
      ApplicationContextRunner boot = runner
          .withConfiguration(AutoConfigurations.of(dataSourceAndFlyway()))
          .withPropertyValues("spring.datasource.url=" + scratch.jdbcUrl(), "spring.datasource.username=postgres",
              "spring.flyway.locations=classpath:db/app-standalone", "module-registry.verify-schema=false");
      boot.run(context -> assertThat(context).hasNotFailed());
      assertThat(count(scratch, "select count(*) from information_schema.tables where table_name = 'audit_log'"))
          .isEqualTo(1);
      boot.withPropertyValues("module-registry.migration.enabled=true", "module-registry.verify-schema=true")
          .run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(count(scratch, "select count(*) from module_registry.applied_migration")).isPositive();
          });
    }
  }

  @Test
  void migrationAskedForWithoutTheSchemaOnTheClassPathSaysWhatToAdd() {
    withAppDataSource().withClassLoader(new FilteredClassLoader("io.moduleregistry.schema"))
        .withPropertyValues("module-registry.migration.enabled=true")
        .run(context -> assertThat(context.getStartupFailure()).rootCause()
            .hasMessageContaining("io.moduleregistry:registry-schema"));
  }

  @Test
  void withoutFlywayAndTheMigrationsOnTheClassPathTheRegistryStillStarts() {
    withAppDataSource().withClassLoader(new FilteredClassLoader("org.flywaydb", "io.moduleregistry.schema"))
        .run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(ModuleRegistry.class).hasSingleBean(RegistrySchemaCheck.class);
          assertThat(context.getBean(ModuleRegistry.class).asService().modules()).isNotNull();
        });
  }

  @Test
  void theCallerScopeOnlyWithSpringSecurity() {
    withAppDataSource().run(context -> assertThat(context).hasSingleBean(CallerScopeResolver.class));
    withAppDataSource().withClassLoader(new FilteredClassLoader(JwtAuthenticationToken.class))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(CallerScopeResolver.class));
  }

  @Test
  void healthOnlyWithActuatorAndItReportsTheSchema() {
    withAppDataSource().run(context ->
        assertThat(healthStatus(context.getBean("moduleRegistryHealthIndicator"))).isEqualTo("UP"));
    withAppDataSource().withClassLoader(new FilteredClassLoader(healthIndicatorType()))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("moduleRegistryHealthIndicator"));
    withAppDataSource().withPropertyValues("management.health.moduleRegistry.enabled=false")
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("moduleRegistryHealthIndicator"));
    try (ScratchDatabase scratch = DB.createScratchDatabase()) {
      runner.withBean(DataSource.class, scratch::dataSource).withPropertyValues("module-registry.verify-schema=false")
          .run(context -> assertThat(healthStatus(context.getBean("moduleRegistryHealthIndicator"))).isEqualTo("DOWN"));
    }
  }

  @Test
  void aTimerPerOperationAndOutcomeOnlyWithMicrometer() {
    Tenant acme = DB.fixtures().tenant("Metrics");
    withAppDataSource().withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
      ModuleRegistry registry = context.getBean(ModuleRegistry.class);
      registry.asService().registerModule(ModuleDefinition.of("metered", "Metered"));
      registry.asUser(acme.member()).isEnabled(acme.orgId(), "metered");
      try {
        registry.asUser(acme.member()).install(acme.orgId(), "metered");
      } catch (RuntimeException expected) {
        // a member may not install: counted as that outcome
      }
      MeterRegistry meters = context.getBean(MeterRegistry.class);
      assertThat(meters.find("module.registry.calls").tag("operation", "isEnabled").tag("outcome", "success").timer())
          .isNotNull().satisfies(t -> assertThat(t.count()).isEqualTo(1));
      assertThat(meters.find("module.registry.calls").tag("operation", "install").tag("outcome", "access_denied")
          .timer()).isNotNull();
    });
    withAppDataSource().run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(CallListener.class));
    withAppDataSource().withClassLoader(new FilteredClassLoader(MeterRegistry.class))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(CallListener.class));
  }

  /** Settings as the application's mapper writes them. */
  record Rounding(int roundingMinutes) {}

  @Test
  void theApplicationsObjectMapperIsUsed() {
    Tenant acme = DB.fixtures().tenant("Mapper");
    DB.fixtures().module("mapped", "Mapped");
    var snakeCase = new com.fasterxml.jackson.databind.ObjectMapper()
        .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE);
    withAppDataSource().withBean(com.fasterxml.jackson.databind.ObjectMapper.class, () -> snakeCase).run(context -> {
      context.getBean(ModuleRegistry.class).asUser(acme.admin()).install(acme.orgId(), "mapped", new Rounding(15));
      assertThat(DB.fixtures().queryValue("select settings::text from public.org_modules where org_id = ?",
          acme.orgId())).isEqualTo("{\"rounding_minutes\": 15}");
    });
  }

  static long count(ScratchDatabase scratch, String sql) {
    try (var c = scratch.dataSource().getConnection(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
