package io.moduleregistry.codegen;

import java.time.Duration;
import java.util.Objects;

/**
 * What one {@link RegistryCodegen#run()} did.
 *
 * @param generated {@code false} when the inputs matched the recorded hash and nothing ran
 * @param inputHash the hash of the jOOQ classes' inputs (migrations, generator settings, jOOQ version,
 *     generator code), followed by {@code +} and the TypeScript types' when they are written, and by
 *     {@code +} and the settings types' (manifests, package, generator code) when they are
 * @param migrations how many migrations were applied (0 when skipped)
 * @param files how many Java files the output holds
 * @param elapsed wall time of the whole step
 */
public record CodegenResult(boolean generated, String inputHash, int migrations, int files, Duration elapsed) {

  /** Rejects nulls and negative counts. */
  public CodegenResult {
    Objects.requireNonNull(inputHash, "inputHash");
    Objects.requireNonNull(elapsed, "elapsed");
    if (migrations < 0 || files < 0) {
      throw new IllegalArgumentException("counts cannot be negative: migrations=" + migrations + ", files=" + files);
    }
  }
}
