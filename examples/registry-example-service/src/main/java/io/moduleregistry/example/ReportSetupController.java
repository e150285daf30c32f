package io.moduleregistry.example;

import io.moduleregistry.Installation;
import io.moduleregistry.spring.CallerScopeResolver;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Sets up "reports" for an organization: the install and a first run in one transaction. */
@RestController
class ReportSetupController {

  private final CallerScopeResolver callers;
  private final ReportSetup setup;

  ReportSetupController(CallerScopeResolver callers, ReportSetup setup) {
    this.callers = callers;
    this.setup = setup;
  }

  /** Answers with the installation, written by Boot's mapper (its settings as a JSON object). */
  @PostMapping("/orgs/{orgId}/reports/setup")
  ResponseEntity<Installation> setUp(@PathVariable UUID orgId, @RequestParam String format,
      JwtAuthenticationToken token) {
    UUID user = UUID.fromString(token.getName());
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(setup.start(orgId, callers.current().orElseThrow(), user, format));
  }

  /** The run could not be recorded: nothing was kept, the install neither. */
  @ExceptionHandler(DataAccessException.class)
  ResponseEntity<Map<String, Object>> notRecorded(DataAccessException e) {
    return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(Map.of("error", "NOT_RECORDED"));
  }
}
