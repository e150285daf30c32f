package io.moduleregistry;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Row-level security refused the write: the caller may see the organization's installations but is
 * not an owner or admin of it (a user who is no member at all gets this on {@code install}, and
 * {@link ModuleNotInstalledException} elsewhere). Remedy: act as an owner or admin, or as the service.
 *
 * <p>Code {@link RegistryErrorCode#ACCESS_DENIED}.
 */
public final class AccessDeniedException extends RegistryException {

  private static final long serialVersionUID = 2L;

  AccessDeniedException(String message, @Nullable UUID orgId, @Nullable String moduleId, @Nullable Throwable cause) {
    super(RegistryErrorCode.ACCESS_DENIED, message, orgId, moduleId, cause);
  }
}
