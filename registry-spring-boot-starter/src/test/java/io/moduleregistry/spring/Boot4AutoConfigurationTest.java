package io.moduleregistry.spring;

import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;

/** The auto-configuration contract on Spring Boot 4. */
class Boot4AutoConfigurationTest extends AutoConfigurationContract {

  @Override
  protected Class<?>[] dataSourceAndFlyway() {
    return new Class<?>[] {DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class};
  }

  @Override
  protected String healthStatus(Object indicator) {
    return ((HealthIndicator) indicator).health().getStatus().getCode();
  }

  @Override
  protected String healthIndicatorType() {
    return HealthIndicator.class.getName();
  }
}
