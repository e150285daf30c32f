package io.moduleregistry.openfeature;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import dev.openfeature.sdk.ErrorCode;
import dev.openfeature.sdk.Reason;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@link FlagEvaluator#evaluate} answers for one flag: the value as JSON, or none (the
 * caller's default applies), with the reason, variant and error as OpenFeature (and OFREP) name
 * them. Typing the value (boolean, string, number, object) is the caller's: the provider does it,
 * an OFREP endpoint sends the JSON as it is.
 *
 * @param value the value, or {@code null} when the caller's default applies (an error, a module
 *     that is not enabled, a setting that is not set)
 * @param reason one of {@link Reason}'s names: {@code CACHED}, {@code TARGETING_MATCH}, {@code
 *     DISABLED}, {@code DEFAULT} or {@code ERROR}
 * @param variant {@code "enabled"} or {@code "disabled"} for a module's boolean flag, else {@code null}
 * @param errorCode the error, exactly when the reason is {@code ERROR}
 * @param errorMessage what went wrong and what to do, exactly when there is an error
 */
public record Resolution(@Nullable JsonNode value, String reason, @Nullable String variant,
    @Nullable ErrorCode errorCode, @Nullable String errorMessage) {

  /** The variant of a module's flag that is on. */
  public static final String ENABLED = "enabled";
  /** The variant of a module's flag that is off. */
  public static final String DISABLED = "disabled";

  // The module flag's four answers, made once: the hot path allocates nothing for them.
  static final Resolution ON_CACHED = new Resolution(BooleanNode.TRUE, Reason.CACHED.name(), ENABLED, null, null);
  static final Resolution OFF_CACHED = new Resolution(BooleanNode.FALSE, Reason.CACHED.name(), DISABLED, null, null);
  static final Resolution ON_QUERIED = new Resolution(BooleanNode.TRUE, Reason.TARGETING_MATCH.name(), ENABLED, null, null);
  static final Resolution OFF_QUERIED = new Resolution(BooleanNode.FALSE, Reason.TARGETING_MATCH.name(), DISABLED, null, null);
  static final Resolution NOT_ENABLED = new Resolution(null, Reason.DISABLED.name(), null, null, null);
  static final Resolution NOT_SET = new Resolution(null, Reason.DEFAULT.name(), null, null, null);

  /**
   * Checks that an error comes with its message and only with reason {@code ERROR}.
   *
   * @throws NullPointerException if the reason is {@code null}
   * @throws IllegalArgumentException if an error code, its message and reason {@code ERROR} do not
   *     go together: give all three or none
   */
  public Resolution {
    Objects.requireNonNull(reason, "reason");
    boolean error = Reason.ERROR.name().equals(reason);
    if (error != (errorCode != null) || error != (errorMessage != null)) {
      throw new IllegalArgumentException("reason ERROR, an error code and a message go together; got reason " + reason
          + ", code " + errorCode + ", message " + errorMessage);
    }
  }

  /**
   * An error: the caller's default applies.
   *
   * @param code the error
   * @param message what went wrong and what to do
   * @return the resolution
   */
  static Resolution error(ErrorCode code, String message) {
    return new Resolution(null, Reason.ERROR.name(), null, code, message);
  }

  /**
   * A setting's value, read from the database.
   *
   * @param value the setting, not JSON {@code null}
   * @return the resolution
   */
  static Resolution setting(JsonNode value) {
    return new Resolution(value, Reason.TARGETING_MATCH.name(), null, null, null);
  }
}
