package io.moduleregistry.spring;

import io.moduleregistry.ModuleRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@link RequiresModule} for Spring MVC applications: the guard as a handler interceptor. One web
 * concern of its own, so another (an HTTP endpoint of the registry's) is one more
 * auto-configuration beside it. Shared by both starters.
 */
@AutoConfiguration(after = ModuleRegistryAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(WebMvcConfigurer.class)
@ConditionalOnBean(ModuleRegistry.class)
@EnableConfigurationProperties(ModuleRegistryProperties.class)
public class ModuleRegistryWebMvcAutoConfiguration {

  /** Creates the auto-configuration; Spring Boot does. */
  public ModuleRegistryWebMvcAutoConfiguration() {
  }

  /**
   * Registers the guard.
   *
   * @param callers the caller resolver, looked up on the first guarded request
   * @param properties where the guard finds the organization
   * @return the MVC configurer adding the interceptor
   */
  @Bean
  public WebMvcConfigurer moduleRegistryGuard(ObjectProvider<CallerScopeResolver> callers,
      ModuleRegistryProperties properties) {
    ModuleGuardInterceptor guard = new ModuleGuardInterceptor(callers, properties.getGuard());
    return new WebMvcConfigurer() {
      @Override
      public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(guard);
      }
    };
  }
}
