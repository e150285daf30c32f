package io.moduleregistry.openfeature;

import com.fasterxml.jackson.core.JsonPointer;
import org.jspecify.annotations.Nullable;

/**
 * A flag key split into the module's id and, for a setting, a JSON Pointer into its settings: the
 * first {@code .} ends the id (ids are slugs, which have none); what follows is the pointer
 * without its leading {@code /}. So {@code time-tracking} is the module,
 * {@code time-tracking.rounding} its setting {@code rounding}, {@code time-tracking.rounding/mode}
 * the field {@code mode} inside it, {@code time-tracking.} all its settings; {@code ~1} stands for
 * a {@code /} and {@code ~0} for a {@code ~} in a name (RFC 6901).
 *
 * @param moduleId the module's id as given (the registry checks it is a slug)
 * @param setting where in the settings, or {@code null} for the module's boolean flag
 */
record FlagKey(String moduleId, @Nullable JsonPointer setting) {

  /**
   * Splits a key.
   *
   * @throws IllegalArgumentException naming the key if its pointer has a {@code ~} not followed by
   *     {@code 0} or {@code 1}
   */
  static FlagKey parse(String key) {
    int dot = key.indexOf('.');
    if (dot < 0) {
      return new FlagKey(key, null);
    }
    String path = key.substring(dot + 1);
    for (int i = path.indexOf('~'); i >= 0; i = path.indexOf('~', i + 1)) {
      if (i + 1 >= path.length() || (path.charAt(i + 1) != '0' && path.charAt(i + 1) != '1')) {
        throw new IllegalArgumentException("flag key '" + key + "' has a '~' at " + (dot + 2 + i)
            + " that is not '~0' or '~1': write '~0' for '~' and '~1' for '/' in a setting's name");
      }
    }
    return new FlagKey(key.substring(0, dot), path.isEmpty() ? JsonPointer.empty() : JsonPointer.compile("/" + path));
  }
}
