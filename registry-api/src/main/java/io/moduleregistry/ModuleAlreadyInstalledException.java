package io.moduleregistry;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * {@code install} of a module that is already installed in the organization. Remedy: enable it or
 * change its settings instead.
 *
 * <p>Code {@link RegistryErrorCode#MODULE_ALREADY_INSTALLED}.
 */
public final class ModuleAlreadyInstalledException extends RegistryException {

  private static final long serialVersionUID = 2L;

  ModuleAlreadyInstalledException(String message, @Nullable UUID orgId, @Nullable String moduleId, @Nullable Throwable cause) {
    super(RegistryErrorCode.MODULE_ALREADY_INSTALLED, message, orgId, moduleId, cause);
  }
}
