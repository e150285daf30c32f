package io.moduleregistry.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.moduleregistry.ModuleDefinition;
import io.moduleregistry.ModuleRegistry;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Calls made inside and outside a Spring transaction, on pools with autoCommit on and off: the
 * documented decision is that a call inside a Spring transaction on the same DataSource joins it
 * (its writes commit or roll back with the caller's), unless {@code module-registry.join-transactions=false};
 * outside one it commits on its own. Either way no acknowledged write is lost and the caller's
 * connection keeps its own role and claims. One contract, run by each starter's test on its own
 * Spring line; the transaction manager is the one Spring Boot's auto-configuration makes.
 */
public abstract class TransactionsContract {

  private static final RegistryDatabase DB = RegistryDatabase.shared();

  private static ApplicationContextRunner runner(boolean autoCommit) {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(Line.registryAutoConfigurations()))
        .withBean(DataSource.class, () -> pool(autoCommit))
        .withUserConfiguration(Transactions.class);
  }

  /** The transaction manager and template an application defines (or Spring Boot's auto-configuration does). */
  @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
  static class Transactions {
    @org.springframework.context.annotation.Bean
    JdbcTransactionManager transactionManager(DataSource dataSource) {
      return new JdbcTransactionManager(dataSource);
    }

    @org.springframework.context.annotation.Bean
    TransactionTemplate transactionTemplate(JdbcTransactionManager transactionManager) {
      return new TransactionTemplate(transactionManager);
    }
  }

  private static HikariDataSource pool(boolean autoCommit) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(DB.jdbcUrl());
    config.setUsername(RegistryDatabase.APP_ROLE);
    config.setPassword(DB.appPassword());
    config.setAutoCommit(autoCommit);
    config.setMaximumPoolSize(2);
    return new HikariDataSource(config);
  }

  @ParameterizedTest(name = "autoCommit={0}")
  @CsvSource({"true", "false"})
  void outsideATransactionEveryAcknowledgedWriteIsKept(boolean autoCommit) {
    Tenant t = DB.fixtures().tenant("Outside" + autoCommit);
    String module = "outside-" + autoCommit;
    runner(autoCommit).run(context -> {
      ModuleRegistry registry = context.getBean(ModuleRegistry.class);
      registry.asService().registerModule(ModuleDefinition.of(module, "Outside"));
      registry.asUser(t.admin()).install(t.orgId(), module, Map.of("k", 1));
    });
    assertThat(installed(t, module)).isEqualTo(1L);
  }

  @ParameterizedTest(name = "autoCommit={0}")
  @CsvSource({"true", "false"})
  void insideATransactionACallJoinsItAndRollsBackWithIt(boolean autoCommit) {
    Tenant t = DB.fixtures().tenant("Joined" + autoCommit);
    String module = "joined-" + autoCommit;
    DB.fixtures().module(module, "Joined");
    runner(autoCommit).run(context -> {
      ModuleRegistry registry = context.getBean(ModuleRegistry.class);
      TransactionTemplate tx = context.getBean(TransactionTemplate.class);
      tx.executeWithoutResult(status -> {
        registry.asUser(t.admin()).install(t.orgId(), module);
        assertThat(registry.asUser(t.member()).isEnabled(t.orgId(), module)).as("seen inside the transaction").isTrue();
        status.setRollbackOnly();
      });
      assertThat(installed(t, module)).as("rolled back with the caller's transaction").isEqualTo(0L);
      tx.executeWithoutResult(status -> registry.asUser(t.admin()).install(t.orgId(), module));
      assertThat(installed(t, module)).as("committed with the caller's transaction").isEqualTo(1L);
    });
  }

  @ParameterizedTest(name = "autoCommit={0}")
  @CsvSource({"true", "false"})
  void insideATransactionTheCallersConnectionKeepsItsOwnRoleAndClaims(boolean autoCommit) {
    Tenant t = DB.fixtures().tenant("Hygiene" + autoCommit);
    runner(autoCommit).run(context -> {
      ModuleRegistry registry = context.getBean(ModuleRegistry.class);
      JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
      context.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
        jdbc.queryForObject("select set_config('request.jwt.claims', '{\"sub\":\"caller\"}', true)", String.class);
        registry.asUser(t.member()).isEnabled(t.orgId(), "anything");
        registry.asService().modules();
        assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo(RegistryDatabase.APP_ROLE);
        assertThat(jdbc.queryForObject("select current_setting('request.jwt.claims', true)", String.class))
            .isEqualTo("{\"sub\":\"caller\"}");
      });
      assertThat(jdbc.queryForObject("select coalesce(current_setting('request.jwt.claims', true), '')", String.class))
          .as("nothing left after the transaction").isEmpty();
    });
  }

  @ParameterizedTest(name = "autoCommit={0}")
  @CsvSource({"true", "false"})
  void withJoiningOffACallCommitsOnItsOwnEvenInsideATransaction(boolean autoCommit) {
    Tenant t = DB.fixtures().tenant("Apart" + autoCommit);
    String module = "apart-" + autoCommit;
    DB.fixtures().module(module, "Apart");
    runner(autoCommit).withPropertyValues("module-registry.join-transactions=false").run(context -> {
      ModuleRegistry registry = context.getBean(ModuleRegistry.class);
      context.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
        registry.asUser(t.admin()).install(t.orgId(), module);
        status.setRollbackOnly();
      });
      assertThat(installed(t, module)).isEqualTo(1L);
    });
  }

  private static Object installed(Tenant t, String module) {
    return DB.fixtures().queryValue("select count(*) from public.org_modules where org_id = ? and module_id = ?",
        t.orgId(), module);
  }
}
