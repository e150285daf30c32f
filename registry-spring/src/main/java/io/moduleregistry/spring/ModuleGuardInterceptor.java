package io.moduleregistry.spring;

import io.moduleregistry.UserScope;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/** Enforces {@link RequiresModule} before the controller runs; see there for the rules. */
final class ModuleGuardInterceptor implements HandlerInterceptor {

  /** Looked up once, on the first guarded request (the bean may be defined after this one). */
  private final Supplier<CallerScopeResolver> callers;
  private final ModuleRegistryProperties.Guard settings;

  ModuleGuardInterceptor(ObjectProvider<CallerScopeResolver> callers, ModuleRegistryProperties.Guard settings) {
    this.callers = SingletonSupplier.of(callers::getIfAvailable);
    this.settings = settings;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws IOException {
    if (!(handler instanceof HandlerMethod method)) {
      return true;
    }
    RequiresModule required = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequiresModule.class);
    if (required == null) {
      required = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RequiresModule.class);
    }
    if (required == null) {
      return true;
    }
    Optional<UUID> org = organization(request);
    CallerScopeResolver resolver = callers.get();
    Optional<UserScope> caller = resolver == null ? Optional.empty() : resolver.current();
    if (org.isPresent() && caller.isPresent() && caller.get().isEnabled(org.get(), required.value())) {
      return true;
    }
    response.sendError(HttpServletResponse.SC_NOT_FOUND); // as a missing route: nothing to learn
    return false;
  }

  private Optional<UUID> organization(HttpServletRequest request) {
    Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    String value = variables instanceof Map<?, ?> map ? (String) map.get(settings.getPathVariable()) : null;
    if (value == null) {
      value = request.getHeader(settings.getHeader());
    }
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(value.trim()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
