package io.moduleregistry;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
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

  static RegistryException translate(SQLException e, Action action, Identity who, Target target) {
    UUID orgId = target.orgId();
    String moduleId = target.moduleId();
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
        + "). Nothing was changed.", orgId, moduleId, e);
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

  private static boolean isUnavailable(SQLException e, String state) {
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
