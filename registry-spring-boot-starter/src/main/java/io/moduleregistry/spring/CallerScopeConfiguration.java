package io.moduleregistry.spring;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.moduleregistry.ModuleRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The caller's scope from Spring Security's JWT authentication, only when Spring Security is there. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(JwtAuthenticationToken.class)
class CallerScopeConfiguration {

  @Bean
  @ConditionalOnMissingBean
  CallerScopeResolver moduleRegistryCallerScope(ModuleRegistry registry, ObjectProvider<ObjectMapper> mappers) {
    return new JwtCallerScopeResolver(registry, mappers.getIfAvailable(ObjectMapper::new));
  }
}
