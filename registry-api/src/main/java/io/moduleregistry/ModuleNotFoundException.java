package io.moduleregistry;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The module is not in the catalog. Remedy: register it first ({@link
 * ServiceScope#registerModule(ModuleDefinition)}), or correct the module id.
 *
 * <p>Code {@link RegistryErrorCode#MODULE_NOT_FOUND}.
 */
public final class ModuleNotFoundException extends RegistryException {

  private static final long serialVersionUID = 2L;

  ModuleNotFoundException(String message, @Nullable UUID orgId, @Nullable String moduleId, @Nullable Throwable cause) {
    super(RegistryErrorCode.MODULE_NOT_FOUND, message, orgId, moduleId, cause);
  }
}
