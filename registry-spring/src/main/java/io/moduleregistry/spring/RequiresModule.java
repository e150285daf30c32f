package io.moduleregistry.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Guards a controller method (or every method of a controller class): the request is answered as
 * a missing route (404) unless the caller's organization has the module installed, enabled and
 * active, as the caller sees it under RLS. The organization is the path variable {@code
 * module-registry.guard.path-variable} (default {@code orgId}), else the header {@code
 * module-registry.guard.header} (default {@code X-Organization-Id}). An anonymous caller, a
 * missing or malformed organization id, and an organization the caller is not a member of all get
 * the same 404, so nothing is learned about other organizations.
 *
 * <pre>{@code
 * @RequiresModule("time-tracking")
 * @GetMapping("/orgs/{orgId}/timesheets")
 * List<Timesheet> timesheets(@PathVariable UUID orgId) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresModule {

  /**
   * The module id, e.g. {@code "time-tracking"}.
   *
   * @return the module that must be enabled
   */
  String value();
}
