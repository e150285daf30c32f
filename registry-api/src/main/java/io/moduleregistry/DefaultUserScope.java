package io.moduleregistry;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** {@link UserScope}: the shared operations as role {@code authenticated} with the user's claims. */
final class DefaultUserScope extends ScopeOperations implements UserScope {

  DefaultUserScope(Identity identity, UUID userId, ScopedExecutor executor, Statements statements,
      SettingsCodec codec, @Nullable Snapshot snapshot, SettingsContracts contracts) {
    super(identity, userId, executor, statements, codec, snapshot, contracts);
  }

  @Override
  public UUID userId() {
    return identity.userId();
  }

  @Override
  public String toString() {
    return "UserScope[" + identity.userId() + "]";
  }
}
