package io.moduleregistry;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * {@code install} of a module that is deactivated in the catalog. Remedy: activate it first ({@link
 * ServiceScope#activateModule(String)}).
 *
 * <p>Code {@link RegistryErrorCode#MODULE_INACTIVE}.
 */
public final class ModuleInactiveException extends RegistryException {

  private static final long serialVersionUID = 2L;

  ModuleInactiveException(String message, @Nullable UUID orgId, @Nullable String moduleId, @Nullable Throwable cause) {
    super(RegistryErrorCode.MODULE_INACTIVE, message, orgId, moduleId, cause);
  }
}
