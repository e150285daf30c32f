package io.moduleregistry;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The organization does not exist (reported to the service; users get {@link
 * AccessDeniedException} instead, so they learn nothing about other organizations). Remedy: create
 * the organization first.
 *
 * <p>Code {@link RegistryErrorCode#ORGANIZATION_NOT_FOUND}.
 */
public final class OrganizationNotFoundException extends RegistryException {

  private static final long serialVersionUID = 2L;

  OrganizationNotFoundException(String message, @Nullable UUID orgId, @Nullable String moduleId, @Nullable Throwable cause) {
    super(RegistryErrorCode.ORGANIZATION_NOT_FOUND, message, orgId, moduleId, cause);
  }
}
