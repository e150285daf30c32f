package io.moduleregistry.spring;

import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;

/** The auto-configuration contract on Spring Boot 3.5. */
class Boot3AutoConfigurationTest extends AutoConfigurationContract {

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
