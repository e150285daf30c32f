package io.moduleregistry.example;

import io.moduleregistry.Installation;
import io.moduleregistry.UserScope;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Installs "reports" and records the organization's first report run in one transaction: the
 * registry's write joins the service's own, so either both are kept or neither is.
 */
@Service
class ReportSetup {

  private final JdbcTemplate jdbc;

  ReportSetup(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The install, as the caller; then the first run, as the caller under RLS.
   *
   * @throws org.springframework.dao.DataAccessException if the run cannot be recorded (an unknown
   *     format, say): the install is rolled back with it
   */
  @Transactional
  Installation start(UUID orgId, UserScope caller, UUID userId, String format) {
    Installation installed = caller.install(orgId, "reports");
    // The service's own statement as the caller: role and claims for this transaction only.
    jdbc.execute("set local role authenticated");
    jdbc.queryForObject("select set_config('request.jwt.claims', json_build_object('sub', ?::text)::text, true)",
        String.class, userId);
    jdbc.update("insert into public.report_runs (org_id, format, created_by) values (?, ?::public.report_format, ?)",
        orgId, format, userId);
    return installed;
  }
}
