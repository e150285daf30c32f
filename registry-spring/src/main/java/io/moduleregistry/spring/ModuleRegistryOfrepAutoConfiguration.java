package io.moduleregistry.spring;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.moduleregistry.ModuleRegistry;
import io.moduleregistry.openfeature.FlagEvaluator;
import io.moduleregistry.openfeature.Ofrep;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * OFREP, the OpenFeature Remote Evaluation Protocol, over the registry: {@code POST
 * /ofrep/v1/evaluate/flags/{key}} and {@code POST /ofrep/v1/evaluate/flags} (with {@code ETag} /
 * {@code If-None-Match} / 304), so OpenFeature clients in any language get the answers a Java
 * service gets from {@code isEnabled}. Only with {@code io.moduleregistry:registry-openfeature} on
 * the class path (the application adds it), in a servlet web application with a {@link
 * ModuleRegistry}, and when {@code module-registry.ofrep.enabled=true}.
 *
 * <p>The caller is the authenticated request's, from the {@link CallerScopeResolver} (Spring
 * Security's verified JWT): a context whose {@code targetingKey} names someone else is refused
 * with {@code INVALID_CONTEXT}. The organization is the context's attribute {@code
 * module-registry.ofrep.organization-attribute} (default {@code organization}). Keep the paths
 * behind authentication in the application's security filter chain: Spring Security's entry point
 * then answers an anonymous request with 401 before it gets here; a request that still arrives
 * without a caller (the paths permitted to all) is answered 401 here. Shared by both starters.
 */
@AutoConfiguration(after = {ModuleRegistryAutoConfiguration.class, ModuleRegistrySecurityAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({FlagEvaluator.class, RouterFunction.class})
@ConditionalOnBean(ModuleRegistry.class)
@ConditionalOnProperty(prefix = "module-registry.ofrep", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(ModuleRegistryProperties.class)
public class ModuleRegistryOfrepAutoConfiguration {

  /** Creates the auto-configuration; Spring Boot does. */
  public ModuleRegistryOfrepAutoConfiguration() {
  }

  /**
   * The evaluator behind the endpoints: the caller from the request, never from the context.
   *
   * @param registry the registry
   * @param callers the caller resolver (Spring Security's JWT one, or the application's)
   * @param properties the context attribute naming the organization
   * @return the evaluator, closed with the context
   * @throws IllegalStateException at startup when there is no {@link CallerScopeResolver}: add
   *     {@code spring-security-oauth2-resource-server} (or a resolver bean of your own), or leave
   *     {@code module-registry.ofrep.enabled} off
   * @throws IllegalArgumentException at startup if the organization attribute is blank or {@code
   *     targetingKey}: name another attribute
   */
  @Bean
  public FlagEvaluator moduleRegistryOfrepEvaluator(ModuleRegistry registry, ObjectProvider<CallerScopeResolver> callers,
      ModuleRegistryProperties properties) {
    CallerScopeResolver resolver = callers.getIfAvailable();
    if (resolver == null) {
      throw new IllegalStateException("module-registry.ofrep.enabled=true needs the request's caller, and there is no"
          + " CallerScopeResolver: add org.springframework.security:spring-security-oauth2-resource-server (a JWT"
          + " resource server), define a CallerScopeResolver bean, or turn module-registry.ofrep.enabled off");
    }
    return FlagEvaluator.builder(registry)
        .organizationAttribute(properties.getOfrep().getOrganizationAttribute())
        .callerSource(() -> resolver.current().orElse(null))
        .build();
  }

  /**
   * The two OFREP endpoints.
   *
   * @param evaluator the evaluator above
   * @param callers the caller resolver, to answer 401 to a request without a caller
   * @param mappers the application's Jackson 2 mapper, if any (a plain one otherwise: only JSON trees are written)
   * @return the routes
   */
  @Bean
  public RouterFunction<ServerResponse> moduleRegistryOfrep(
      @Qualifier("moduleRegistryOfrepEvaluator") FlagEvaluator evaluator,
      ObjectProvider<CallerScopeResolver> callers, ObjectProvider<ObjectMapper> mappers) {
    return new OfrepEndpoints(new Ofrep(evaluator, mappers.getIfAvailable(ObjectMapper::new)),
        callers.getObject()).routes();
  }
}
