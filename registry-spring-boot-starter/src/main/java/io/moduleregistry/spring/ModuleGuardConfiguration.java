package io.moduleregistry.spring;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** {@link RequiresModule} for Spring MVC applications. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(WebMvcConfigurer.class)
class ModuleGuardConfiguration {

  @Bean
  WebMvcConfigurer moduleRegistryGuard(ObjectProvider<CallerScopeResolver> callers,
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
