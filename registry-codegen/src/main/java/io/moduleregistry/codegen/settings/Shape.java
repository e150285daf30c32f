package io.moduleregistry.codegen.settings;

import java.util.List;

/** What one schema location becomes in Java and TypeScript. */
sealed interface Shape {

  /** A value type with a fixed rendering in both languages ({@code String}/{@code string}, literal unions). */
  record Scalar(String java, String ts) implements Shape {}

  /** An open part (no type, several types): {@code Object} in Java, {@code Json} in TypeScript. */
  record Open() implements Shape {}

  /** A string enum: a nested Java enum, a union of literals in TypeScript. */
  record EnumOf(String javaName, List<String> values) implements Shape {}

  /** An object with properties: a nested (or the top-level) record, an object type in TypeScript. */
  record Rec(String javaName, List<Member> members, boolean open, String doc) implements Shape {}

  /** An array: {@code List<T>}, {@code T[]}. */
  record ListOf(Shape item) implements Shape {}

  /** An object without properties whose values follow one schema: {@code Map<String, T>}. */
  record MapOf(Shape value) implements Shape {}

  /** A value that may also be JSON {@code null}. */
  record Nullable(Shape inner) implements Shape {}

  /** A {@code $ref} to {@code #/$defs/<name>}: resolved when written, so definitions may refer to each other. */
  record Ref(String def) implements Shape {}

  /**
   * One property of an object.
   *
   * @param json the JSON name
   * @param java the record component's name
   * @param shape its type
   * @param required listed in {@code required}
   * @param doc Javadoc/JSDoc text (description, default, constraints), may be empty
   * @param deprecated the schema says {@code deprecated: true}
   */
  record Member(String json, String java, Shape shape, boolean required, String doc, boolean deprecated) {}
}
