package io.moduleregistry;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.UUID;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Turns a failed statement into the {@link RegistryException} that says what happened. */
final class SqlErrors {

  private SqlErrors() {}

  static RegistryException translate(SQLException e, Action action, Identity who, UUID orgId, String moduleId) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (isUnavailable(e, state)) {
      return new RegistryUnavailableException("the database is unavailable (" + firstLine(e) + "); could not "
          + action.verb() + subject(orgId, moduleId) + ". Nothing was changed; retry when it is back.", orgId, moduleId, e);
    }
    String constraint = constraint(e);
    switch (state) {
      case "23505":
        if (action == Action.INSTALL) {
          return new ModuleAlreadyInstalledException("module '" + moduleId + "' is already installed in organization "
              + orgId + "; enable it or change its settings instead.", orgId, moduleId, e);
        }
        break;
      case "MR001":
        return new ModuleInactiveException("module '" + moduleId + "' is deactivated in the catalog and cannot be installed"
            + " in organization " + orgId + "; activate it first (ServiceScope.activateModule).", orgId, moduleId, e);
      case "23503":
        if (action == Action.DELETE_MODULE) {
          return new ModuleInUseException("module '" + moduleId + "' is still installed in at least one organization and"
              + " cannot be deleted from the catalog; deactivate it instead (ServiceScope.deactivateModule).", null, moduleId, e);
        }
        if (constraint != null && constraint.contains("org_id")) {
          return new OrganizationNotFoundException("organization " + orgId + " does not exist; create it before installing"
              + " module '" + moduleId + "'.", orgId, moduleId, e);
        }
        return new ModuleNotFoundException("module '" + moduleId + "' is not in the catalog; register it first"
            + " (ServiceScope.registerModule).", orgId, moduleId, e);
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
    return new RegistryException("could not " + action.verb() + subject(orgId, moduleId) + " as " + who.describe()
        + ": " + firstLine(e) + " (SQLSTATE " + state + ")", orgId, moduleId, e);
  }

  static AccessDeniedException accessDenied(Action action, Identity who, UUID orgId, String moduleId, Throwable cause) {
    return new AccessDeniedException(who.describe() + " may not " + action.verb() + " module '" + moduleId
        + "' in organization " + orgId + ": only the organization's owners and admins may.", orgId, moduleId, cause);
  }

  static ModuleNotInstalledException notInstalled(UUID orgId, String moduleId) {
    return new ModuleNotInstalledException("module '" + moduleId + "' is not installed in organization " + orgId
        + " (or you cannot see that organization); install it first.", orgId, moduleId, null);
  }

  static ModuleNotFoundException moduleNotFound(String moduleId) {
    return new ModuleNotFoundException("module '" + moduleId + "' is not in the catalog; register it first"
        + " (ServiceScope.registerModule).", null, moduleId, null);
  }

  /** Whether the failure was a schema or function that does not exist (nothing migrated yet). */
  static boolean isMissingObject(RegistryException e) {
    return e.getCause() instanceof SQLException cause
        && ("3F000".equals(cause.getSQLState()) || "42883".equals(cause.getSQLState()));
  }

  private static boolean isUnavailable(SQLException e, String state) {
    return state.startsWith("08") || state.startsWith("57P") || state.equals("53300")
        || e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
        || e instanceof SQLRecoverableException;
  }

  private static String constraint(SQLException e) {
    if (e instanceof PSQLException p) {
      ServerErrorMessage m = p.getServerErrorMessage();
      return m == null ? null : m.getConstraint();
    }
    return null;
  }

  private static String subject(UUID orgId, String moduleId) {
    String module = moduleId == null ? "" : " module '" + moduleId + "'";
    String org = orgId == null ? "" : " in organization " + orgId;
    return module + org;
  }

  private static String firstLine(SQLException e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
