package io.moduleregistry;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/** Claims JSON for tests, written by Jackson: {@code {"sub": "<sub>", name: value, ...}}. */
final class Claims {

  private Claims() {}

  /**
   * The claims.
   *
   * @param namesAndValues further claims, as name, value, name, value...
   */
  static String json(UUID sub, String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("claims come in name/value pairs, got " + namesAndValues.length + " strings");
    }
    ObjectNode claims = JsonNodeFactory.instance.objectNode().put("sub", sub.toString());
    for (int i = 0; i < namesAndValues.length; i += 2) {
      claims.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return claims.toString();
  }
}
