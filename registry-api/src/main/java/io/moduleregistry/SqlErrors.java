package io.moduleregistry;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Turns a failed statement into the {@link RegistryException} that says what happened; the one
 * place each message is written.
 */
final class SqlErrors {

  private SqlErrors() {}

  /**
   * The exception for a failed call.
   *
   * @param sent whether the call's statement may have reached the server (a connection was had and
   *     the call ran on it), so that a write whose connection broke may have committed
   * @param joined whether the call ran inside a transaction of the caller's, which decides its commit
   */
  static RegistryException translate(SQLException e, Action action, Identity who, Target target, boolean sent,
      boolean joined) {
    UUID orgId = target.orgId();
    String moduleId = target.moduleId();
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String what = action.verb() + subject(orgId, moduleId);
    RegistryException common = common(e, what, action.writes(), sent, joined, orgId, moduleId);
    if (common != null) {
      return common;
    }
    String constraint = constraint(e);
    switch (state) {
      case "23505":
        if (action == Action.APPLY_PLAN) {
          return new ModuleAlreadyInstalledException("a module the plan installs is already installed in organization "
              + orgId + " (it changed since it was planned: " + firstLine(e) + "); nothing was changed. Plan again.",
              orgId, moduleId, e);
        }
        if (action == Action.INSTALL) {
          return new ModuleAlreadyInstalledException("module '" + moduleId + "' is already installed in organization "
              + orgId + "; enable it or change its settings instead.", orgId, moduleId, e);
        }
        break;
      case "MR001":
        return new ModuleInactiveException("module '" + moduleId + "' is deactivated in the catalog and cannot be installed"
            + " in organization " + orgId + "; activate it first (ServiceScope.activateModule).", orgId, moduleId, e);
      case "MR191", "MR192":
        return requirements(e, state, orgId, moduleId);
      case "MR193", "MR194":
        return new InvalidCatalogException("the catalog would be inconsistent: " + firstLine(e) + "; nothing was changed."
            + " Fix the manifests and sync the set again.", detail(e), moduleId, e);
      case "MR196":
        // the contract's message, word for word: the same text the facade gives before SQL
        return new InvalidSettingsException(serverMessage(e), orgId, moduleId, e, detail(e));
      case "MR197":
        return new InvalidCatalogException(serverMessage(e) + ". Nothing was changed. Migrate those organizations'"
            + " settings first (to values valid under both schemas), or in the same transaction after the sync; then sync"
            + " again.", detail(e), moduleId, e);
      case "MR195":
        return new ModuleNotInstalledException("could not apply the plan to organization " + orgId + ": " + firstLine(e)
            + " (it is not installed, or you may not change it; a concurrent change?). Nothing was changed; plan again.",
            orgId, detail(e).isEmpty() ? moduleId : detail(e).get(0), e);
      case "23503", "23001": // PostgreSQL 18 reports an ON DELETE RESTRICT foreign key as restrict_violation (23001)
        if (action == Action.DELETE_MODULE && "module_requirements_requires_id_fkey".equals(constraint)) {
          return new ModuleInUseException("module '" + moduleId + "' is required by other modules of the catalog and"
              + " cannot be deleted; remove the requirement from their manifests first, or deactivate it instead.", null,
              moduleId, e);
        }
        if (action == Action.DELETE_MODULE) {
          return new ModuleInUseException("module '" + moduleId + "' is still installed in at least one organization and"
              + " cannot be deleted from the catalog; deactivate it instead (ServiceScope.deactivateModule).", null, moduleId, e);
        }
        if (constraint != null && constraint.contains("org_id")) {
          return new OrganizationNotFoundException("organization " + orgId + " does not exist; create it before installing"
              + " module '" + moduleId + "'.", orgId, moduleId, e);
        }
        return moduleNotFound(target, e);
      case "42501":
        return accessDenied(action, who, orgId, moduleId, e);
      case "23514":
        if (constraint != null && constraint.startsWith("org_modules_settings")) {
          return new InvalidSettingsException("the settings of module '" + moduleId + "' in organization " + orgId
              + " would not be a JSON object of at most 64 KiB (" + constraint + "); nothing was changed.", orgId, moduleId, e);
        }
        break;
      default:
        break;
    }
    return new RegistryException(RegistryErrorCode.UNEXPECTED, "could not " + action.verb() + subject(orgId, moduleId)
        + " as " + who.describe() + ": " + firstLine(e) + " (SQLSTATE " + (state.isEmpty() ? "unknown" : state)
        + "). Nothing was changed." + hint(state), orgId, moduleId, e);
  }

  /** A requirement trigger's refusal: its message, and each problem of its DETAIL, one per line, naming the org. */
  private static RequirementsException requirements(SQLException e, String state, @Nullable UUID orgId,
      @Nullable String moduleId) {
    boolean unmet = state.equals("MR191");
    List<String> problems = new ArrayList<>();
    for (String line : detail(e)) {
      problems.add(line.startsWith("organization ") || orgId == null ? line : "organization " + orgId + ": " + line);
    }
    String remedy = unmet ? "install and enable its requirements first, or let a plan do it (installWithRequirements)"
        : "disable or uninstall the dependents first, or let a plan do it (uninstallWithDependents)";
    return new RequirementsException(unmet ? RegistryErrorCode.REQUIREMENTS_UNMET : RegistryErrorCode.REQUIRED_BY_DEPENDENTS,
        firstLine(e).replaceFirst("^ERROR: ", "") + ":\n  - " + String.join("\n  - ", problems) + "\nNothing was changed; "
        + remedy + ".", problems, orgId, moduleId, e);
  }

  /** The error's MESSAGE as the server sent it (no "ERROR: " prefix, no DETAIL or HINT). */
  private static String serverMessage(SQLException e) {
    ServerErrorMessage server = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
    String message = server == null ? null : server.getMessage();
    return message == null ? firstLine(e) : message;
  }

  /** The lines of the error's DETAIL, none if it has none. */
  private static List<String> detail(SQLException e) {
    ServerErrorMessage server = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
    String detail = server == null ? null : server.getDetail();
    return detail == null || detail.isEmpty() ? List.of() : List.of(detail.split("\n"));
  }

  /**
   * The failures every statement can meet, whoever wrote it: a broken connection, a conflict, a
   * timeout, a read-only database; {@code null} for any other.
   */
  private static @Nullable RegistryException common(SQLException e, String what, boolean writes, boolean sent,
      boolean joined, @Nullable UUID orgId, @Nullable String moduleId) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (isBrokenConnection(e)) {
      if (sent && !joined && writes) {
        return new RegistryOutcomeUnknownException("the connection to the database broke (" + firstLine(e) + ") after the"
            + " request to " + what + " was sent: it may or may not have been applied. Read it again before repeating it.",
            orgId, moduleId, e);
      }
      return new RegistryUnavailableException("the database is unavailable (" + firstLine(e) + "); could not " + what
          + (joined ? ". Your transaction is lost; nothing of it was committed" : ". Nothing was changed")
          + "; retry when it is back.", orgId, moduleId, e);
    }
    String retry = joined ? "; your transaction was rolled back, retry it" : "; nothing was changed, retry";
    switch (state) {
      case "40001", "40P01":
        return new RegistryConflictException("could not " + what + ": " + firstLine(e) + " (SQLSTATE " + state
            + ", a conflict with a concurrent transaction)" + retry + ".", orgId, moduleId, e);
      case "57014", "55P03":
        return new RegistryTimeoutException("could not " + what + ": " + firstLine(e) + " (SQLSTATE " + state
            + ", the statement or lock timeout)" + retry + " when the database is less busy.", orgId, moduleId, e);
      case "25006":
        return new RegistryReadOnlyException("could not " + what + ": the database accepts only reads (" + firstLine(e)
            + "), it is a standby or read-only; nothing was changed. Connect to the primary.", orgId, moduleId, e);
      default:
        break;
    }
    return null;
  }

  /**
   * The exception for a service's own statement run as a scope's caller ({@link CallerSql}):
   * the failures every statement shares as for the registry's own calls; an RLS refusal or a
   * missing grant (42501) as {@link AccessDeniedException}; anything else (the service's own
   * constraints among them) as {@link RegistryErrorCode#UNEXPECTED} with PostgreSQL's message and
   * SQLSTATE, the {@link SQLException} as its cause.
   *
   * @param operation {@code fetch}, {@code execute} or {@code inTransaction}
   * @param loginRole the login role, where it was refused the switch to the caller's role
   */
  static RegistryException translateOwn(SQLException e, String operation, Identity who, boolean writes, boolean sent,
      boolean joined, @Nullable String loginRole) {
    String what = "run your " + operation + " as " + who.describe();
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (loginRole != null) {
      return roleSwitchDenied(e, what, who, loginRole, null, null);
    }
    RegistryException common = common(e, what, writes, sent, joined, null, null);
    if (common != null) {
      return common;
    }
    String undone = joined ? " Your transaction is aborted: roll it back." : " Nothing was changed.";
    if ("42501".equals(state)) {
      return new AccessDeniedException("could not " + what + ": " + firstLine(e) + " (SQLSTATE 42501: a row-level"
          + " security policy or a missing grant refused it)." + undone + " Act as a caller the policy admits, or"
          + " grant the role " + who.role() + " what the statement needs.", null, null, e);
    }
    return new RegistryException(RegistryErrorCode.UNEXPECTED, "could not " + what + ": " + firstLine(e) + " (SQLSTATE "
        + (state.isEmpty() ? "unknown" : state) + ")." + undone + hint(state), null, null, e);
  }

  /**
   * Whether the login role was refused the switch to the call's role ({@code SET ROLE}'s check,
   * SQLSTATE 42501 from the role setting's check hook): it was never granted that role.
   */
  static boolean isRoleSwitchDenied(SQLException e) {
    if (!"42501".equals(e.getSQLState())) {
      return false;
    }
    ServerErrorMessage server = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
    String routine = server == null ? null : server.getRoutine();
    // the routine name is not translated, the message may be (lc_messages); either identifies it
    return "call_string_check_hook".equals(routine) || String.valueOf(e.getMessage()).contains("to set role");
  }

  /** The login role may not switch to the call's role: the grant is missing, which no retry mends. */
  static RegistryException roleSwitchDenied(SQLException e, Action action, Identity who, Target target,
      String loginRole) {
    return roleSwitchDenied(e, action.verb() + subject(target.orgId(), target.moduleId()), who, loginRole,
        target.orgId(), target.moduleId());
  }

  private static RegistryException roleSwitchDenied(SQLException e, String what, Identity who, String loginRole,
      @Nullable UUID orgId, @Nullable String moduleId) {
    return new RegistryException(RegistryErrorCode.UNEXPECTED, "could not " + what + ": the login role " + loginRole
        + " may not switch to role " + who.role() + " (" + firstLine(e) + "). Nothing was changed. Grant it once, as the"
        + " database owner: grant " + who.role() + " to " + loginRole + " (README: the role the service connects as).",
        orgId, moduleId, e);
  }

  /** What to do about an unexpected error whose cause is known to be the set-up, not the call. */
  private static String hint(String state) {
    // a server-side prepared statement missing on this server connection, or left there by another client
    if ("26000".equals(state) || "42P05".equals(state)) {
      return " Behind PgBouncer (before 1.21, or without max_prepared_statements) or Supavisor in transaction mode,"
          + " add prepareThreshold=0 to the JDBC URL.";
    }
    return "";
  }

  static AccessDeniedException accessDenied(Action action, Identity who, @Nullable UUID orgId, @Nullable String moduleId,
      @Nullable Throwable cause) {
    return new AccessDeniedException(who.describe() + " may not " + action.verb() + " module '" + moduleId
        + "' in organization " + orgId + ": only the organization's owners and admins may.", orgId, moduleId, cause);
  }

  static ModuleNotInstalledException notInstalled(Target target) {
    return new ModuleNotInstalledException("module '" + target.moduleId() + "' is not installed in organization "
        + target.orgId() + " (or you cannot see that organization); install it first.", target.orgId(), target.moduleId(),
        null);
  }

  /** The module is not in the catalog; the message names the organization where the call was about one. */
  static ModuleNotFoundException moduleNotFound(Target target, @Nullable Throwable cause) {
    String where = target.orgId() == null ? "" : ", so it cannot be used in organization " + target.orgId();
    return new ModuleNotFoundException("module '" + target.moduleId() + "' is not in the catalog" + where
        + "; register it first (ServiceScope.registerModule).", target.orgId(), target.moduleId(), cause);
  }

  /** Whether the failure was a schema or function that does not exist (nothing migrated yet). */
  static boolean isMissingObject(RegistryException e) {
    return e.getCause() instanceof SQLException cause
        && ("3F000".equals(cause.getSQLState()) || "42883".equals(cause.getSQLState()));
  }

  /**
   * Whether the connection is gone or never came: SQLSTATE class 08, the server shutting down or
   * starting (57P01-57P03), too many connections (53300), or the driver's or pool's connection
   * exceptions (HikariCP's timeout waiting for a connection among them). Such a connection is not
   * given back to the pool (HikariCP evicts it on these states).
   */
  static boolean isBrokenConnection(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    return state.startsWith("08") || state.startsWith("57P") || state.equals("53300")
        || e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
        || e instanceof SQLRecoverableException;
  }

  private static @Nullable String constraint(SQLException e) {
    if (e instanceof PSQLException p) {
      ServerErrorMessage m = p.getServerErrorMessage();
      return m == null ? null : m.getConstraint();
    }
    return null;
  }

  /** For messages: {@code " module 'x' in organization y"}, each part only where known. */
  private static String subject(@Nullable UUID orgId, @Nullable String moduleId) {
    String module = moduleId == null ? " the module registry" : " module '" + moduleId + "'";
    String org = orgId == null ? "" : " in organization " + orgId;
    return module + org;
  }

  private static String firstLine(SQLException e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
