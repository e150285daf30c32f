package io.moduleregistry.spring;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.moduleregistry.ModuleRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The caller's scope from Spring Security's JWT authentication ({@link CallerScopeResolver}), only
 * when Spring Security's resource server is there. The claims are written as JSON with the
 * application's Jackson 2 mapper if it has one, else a plain one: claims are strings, numbers,
 * booleans, lists and maps, which any mapper writes alike. Shared by both starters.
 */
@AutoConfiguration(after = ModuleRegistryAutoConfiguration.class)
@ConditionalOnClass(JwtAuthenticationToken.class)
@ConditionalOnBean(ModuleRegistry.class)
public class ModuleRegistrySecurityAutoConfiguration {

  /** Creates the auto-configuration; Spring Boot does. */
  public ModuleRegistrySecurityAutoConfiguration() {
  }

  /**
   * The resolver of the request's caller.
   *
   * @param registry the registry
   * @param mappers the application's Jackson 2 mapper, if any
   * @return the resolver
   */
  @Bean
  @ConditionalOnMissingBean
  public CallerScopeResolver moduleRegistryCallerScope(ModuleRegistry registry, ObjectProvider<ObjectMapper> mappers) {
    return new JwtCallerScopeResolver(registry, mappers.getIfAvailable(ObjectMapper::new));
  }
}
