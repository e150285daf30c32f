package io.moduleregistry;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A write was sent, and then the connection broke (closed, reset, or the server was shut down)
 * before PostgreSQL said whether it committed: it may have been applied or not. The registry never
 * retries such a write by itself. Remedy: read the installation or module again (a read is always
 * safe) and repeat the write only if it did not happen; {@code install} that did happen answers
 * {@link ModuleAlreadyInstalledException} when repeated, {@code enable}, {@code disable} and {@code
 * replaceSettings} may simply be repeated, {@code mergeSettings} only after reading.
 *
 * <p>Code {@link RegistryErrorCode#OUTCOME_UNKNOWN}.
 */
public final class RegistryOutcomeUnknownException extends RegistryException {

  private static final long serialVersionUID = 2L;

  RegistryOutcomeUnknownException(String message, @Nullable UUID orgId, @Nullable String moduleId, @Nullable Throwable cause) {
    super(RegistryErrorCode.OUTCOME_UNKNOWN, message, orgId, moduleId, cause);
  }
}
