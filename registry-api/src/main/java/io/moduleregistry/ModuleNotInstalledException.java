package io.moduleregistry;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The module is not installed in the organization, or the caller cannot see that organization's
 * installations (a stranger learns nothing about another organization). Remedy: install it first,
 * or act as a member of the organization.
 *
 * <p>Code {@link RegistryErrorCode#MODULE_NOT_INSTALLED}.
 */
public final class ModuleNotInstalledException extends RegistryException {

  private static final long serialVersionUID = 2L;

  ModuleNotInstalledException(String message, @Nullable UUID orgId, @Nullable String moduleId, @Nullable Throwable cause) {
    super(RegistryErrorCode.MODULE_NOT_INSTALLED, message, orgId, moduleId, cause);
  }
}
