package io.moduleregistry;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A module in the catalog.
 *
 * <p>The name is shared with {@link java.lang.Module}, on purpose (as jOOQ's {@code Record} shares
 * {@code java.lang.Record}'s): with a wildcard {@code import io.moduleregistry.*}, also write {@code
 * import io.moduleregistry.Module;}, or the compiler reports {@code Module} as ambiguous.
 *
 * @param id the slug, e.g. {@code agency}
 * @param name display name
 * @param description longer text, or {@code null}
 * @param version semantic version, e.g. {@code 1.2.0}
 * @param active whether it can be installed ({@code isEnabled} is false for inactive modules)
 * @param createdAt when it entered the catalog
 */
public record Module(String id, String name, @Nullable String description, String version, boolean active,
    OffsetDateTime createdAt) {

  /**
   * Rejects nulls (but for {@code description}).
   *
   * @throws NullPointerException naming the component that is {@code null}: pass a value
   */
  public Module {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
