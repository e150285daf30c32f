package io.moduleregistry.example;

import io.moduleregistry.AccessDeniedException;
import io.moduleregistry.ModuleAlreadyInstalledException;
import io.moduleregistry.RegistryException;
import io.moduleregistry.UserScope;
import io.moduleregistry.spring.CallerScopeResolver;
import io.moduleregistry.spring.RequiresModule;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The reports module's endpoint, guarded by the module, and installing modules as the caller. */
@RestController
class ReportsController {

  private final CallerScopeResolver callers;

  ReportsController(CallerScopeResolver callers) {
    this.callers = callers;
  }

  /** Answers only where the caller's organization has "reports" enabled; elsewhere 404. */
  @RequiresModule("reports")
  @GetMapping("/orgs/{orgId}/reports")
  Map<String, Object> reports(@PathVariable UUID orgId) {
    UserScope caller = callers.current().orElseThrow();
    return Map.of("orgId", orgId, "settings", caller.settingsMap(orgId, "reports"));
  }

  /** Installs a module as the caller: RLS lets owners and admins. */
  @PostMapping("/orgs/{orgId}/modules/{moduleId}")
  ResponseEntity<Map<String, Object>> install(@PathVariable UUID orgId, @PathVariable String moduleId) {
    var installation = callers.current().orElseThrow().install(orgId, moduleId);
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(Map.of("orgId", installation.orgId(), "moduleId", installation.moduleId()));
  }

  @ExceptionHandler(RegistryException.class)
  ResponseEntity<Map<String, Object>> refused(RegistryException e) {
    HttpStatus status = e instanceof AccessDeniedException ? HttpStatus.FORBIDDEN
        : e instanceof ModuleAlreadyInstalledException ? HttpStatus.CONFLICT
        : e.code().retryable() ? HttpStatus.SERVICE_UNAVAILABLE
        : HttpStatus.NOT_FOUND;
    return ResponseEntity.status(status).body(Map.of("error", e.code().name()));
  }
}
