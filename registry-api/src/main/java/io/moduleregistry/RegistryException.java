package io.moduleregistry;

import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Base of every exception {@link ModuleRegistry} throws. Unchecked; its message names the
 * organization, the module and what to do, and {@link #code()} says the same for programs. The
 * hierarchy is closed: catch a subclass for one case, or this class and switch on {@link #code()}.
 * An instance of this class itself (no subclass) is {@link RegistryErrorCode#UNEXPECTED}: a database
 * error the registry has no better name for; its message names the SQLSTATE and its cause is the
 * driver's exception. A failed call changed nothing, except where the code is {@link
 * RegistryErrorCode#OUTCOME_UNKNOWN}: then a write may have been applied.
 *
 * <p>Only the registry creates these: the constructors are package-private, so that each instance
 * carries a code, organization, module and message the registry itself produced. To test code that
 * reacts to one, make the case happen on a real registry over {@code registry-testkit}'s embedded
 * database (a stranger's {@code enable} throws {@link ModuleNotInstalledException}, say), or put the
 * registry behind an interface of your own and stub that (README, "Testing code that uses the
 * registry").
 */
public sealed class RegistryException extends RuntimeException
    permits AccessDeniedException, InvalidSettingsException, ModuleAlreadyInstalledException, ModuleInUseException,
        ModuleInactiveException, ModuleNotFoundException, ModuleNotInstalledException, OrganizationNotFoundException,
        RegistryConflictException, RegistryOutcomeUnknownException, RegistryReadOnlyException, RegistryTimeoutException,
        RegistryUnavailableException, SchemaMismatchException {

  private static final long serialVersionUID = 2L;

  private final RegistryErrorCode code;
  private final transient @Nullable UUID orgId;
  private final @Nullable String moduleId;

  RegistryException(RegistryErrorCode code, String message, @Nullable UUID orgId, @Nullable String moduleId,
      @Nullable Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code, "code");
    this.orgId = orgId;
    this.moduleId = moduleId;
  }

  /**
   * Why the call failed, and whether retrying it can help ({@link RegistryErrorCode#retryable()}).
   *
   * @return the code; never {@code null}
   */
  public RegistryErrorCode code() {
    return code;
  }

  /**
   * The organization concerned.
   *
   * @return the organization, or {@code null} when the failure is not about one
   */
  public @Nullable UUID orgId() {
    return orgId;
  }

  /**
   * The module concerned.
   *
   * @return the module's slug, or {@code null} when the failure is not about one
   */
  public @Nullable String moduleId() {
    return moduleId;
  }
}
