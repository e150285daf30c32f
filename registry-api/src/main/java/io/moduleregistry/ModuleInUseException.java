package io.moduleregistry;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * {@code deleteModule} of a module still installed in some organization. Remedy: deactivate it
 * instead ({@link ServiceScope#deactivateModule(String)}), or uninstall it everywhere first.
 *
 * <p>Code {@link RegistryErrorCode#MODULE_IN_USE}.
 */
public final class ModuleInUseException extends RegistryException {

  private static final long serialVersionUID = 2L;

  ModuleInUseException(String message, @Nullable UUID orgId, @Nullable String moduleId, @Nullable Throwable cause) {
    super(RegistryErrorCode.MODULE_IN_USE, message, orgId, moduleId, cause);
  }
}
