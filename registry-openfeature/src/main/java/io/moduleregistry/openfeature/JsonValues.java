package io.moduleregistry.openfeature;

import com.fasterxml.jackson.databind.JsonNode;
import dev.openfeature.sdk.ImmutableStructure;
import dev.openfeature.sdk.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A setting's JSON as the type a flag is asked for; {@code null} where it is not of that type. */
final class JsonValues {

  private JsonValues() {}

  static @Nullable Boolean bool(JsonNode node) {
    return node.isBoolean() ? node.booleanValue() : null;
  }

  static @Nullable String string(JsonNode node) {
    return node.isTextual() ? node.textValue() : null;
  }

  /** An integral number within {@code int}'s range; {@code 2.0} is not an integer flag's value. */
  static @Nullable Integer integer(JsonNode node) {
    return node.isIntegralNumber() && node.canConvertToInt() ? node.intValue() : null;
  }

  /** Any finite number (one beyond double's range is not a double flag's value). */
  static @Nullable Double decimal(JsonNode node) {
    if (!node.isNumber()) {
      return null;
    }
    double value = node.doubleValue();
    return Double.isFinite(value) ? value : null;
  }

  /** Any JSON but null: objects become structures, arrays lists, numbers Integer, Long or Double. */
  static Value value(JsonNode node) {
    if (node.isObject()) {
      Map<String, Value> fields = new HashMap<>();
      node.properties().forEach(field -> fields.put(field.getKey(), value(field.getValue())));
      return new Value(new ImmutableStructure(fields));
    }
    if (node.isArray()) {
      List<Value> items = new ArrayList<>(node.size());
      node.forEach(item -> items.add(value(item)));
      return new Value(items);
    }
    if (node.isBoolean()) {
      return new Value(node.booleanValue());
    }
    if (node.isTextual()) {
      return new Value(node.textValue());
    }
    if (node.isIntegralNumber() && node.canConvertToInt()) {
      return new Value(node.intValue());
    }
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return new Value(node.longValue());
    }
    if (node.isNumber()) {
      return new Value(node.doubleValue());
    }
    return new Value(); // JSON null
  }
}
