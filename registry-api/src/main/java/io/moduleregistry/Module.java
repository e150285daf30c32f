package io.moduleregistry;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A module in the catalog.
 *
 * @param id the slug, e.g. {@code agency}
 * @param name display name
 * @param description longer text, or {@code null}
 * @param version semantic version, e.g. {@code 1.2.0}
 * @param active whether it can be installed ({@code isEnabled} is false for inactive modules)
 * @param createdAt when it entered the catalog
 */
public record Module(String id, String name, String description, String version, boolean active,
    OffsetDateTime createdAt) {

  /** Rejects nulls (but for {@code description}). */
  public Module {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
