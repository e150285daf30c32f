package io.moduleregistry.codegen.typescript;

import java.util.List;

/** A TypeScript type expression as the generator builds it, before layout ({@link TsLayout}). */
sealed interface TsType {

  /** A keyword or reference printed as it is: {@code string}, {@code Database["public"]["Enums"]["mood"]}. */
  record Atom(String text) implements TsType {}

  /** A string literal type such as {@code "owner"}. */
  record Literal(String value) implements TsType {}

  /** {@code A | B | C}. */
  record Union(List<TsType> members) implements TsType {}

  /** {@code A & B}. */
  record Intersection(List<TsType> members) implements TsType {}

  /** {@code T[]}. */
  record ArrayOf(TsType element) implements TsType {}

  /** {@code [A, B]}. */
  record Tuple(List<TsType> elements) implements TsType {}

  /**
   * An object type. {@code multiline} keeps it broken over lines even where it would fit on one,
   * as prettier does for an object written with a line break after its opening brace.
   */
  record Obj(List<Member> members, boolean multiline) implements TsType {}

  /**
   * A member of an object type.
   *
   * @param key the property name, quoted only where TypeScript needs it
   * @param rawKey print {@code key} verbatim (for {@code [_ in never]})
   * @param optional adds {@code ?}
   * @param type the member's type
   * @param comment comment lines printed above the member ({@code /** ... *\/} or {@code //}), none if empty
   */
  record Member(String key, boolean rawKey, boolean optional, TsType type, List<String> comment) {
    static Member of(String key, TsType type) {
      return new Member(key, false, false, type, List.of());
    }

    static Member optional(String key, TsType type) {
      return new Member(key, false, true, type, List.of());
    }

    Member withComment(List<String> lines) {
      return new Member(key, rawKey, optional, type, List.copyOf(lines));
    }
  }

  TsType STRING = new Atom("string");
  TsType NUMBER = new Atom("number");
  TsType BOOLEAN = new Atom("boolean");
  TsType NULL = new Atom("null");
  TsType NEVER = new Atom("never");
  TsType UNKNOWN = new Atom("unknown");

  static TsType atom(String text) {
    return new Atom(text);
  }

  static Obj object(List<Member> members) {
    return new Obj(List.copyOf(members), true);
  }

  static Obj inlineObject(List<Member> members) {
    return new Obj(List.copyOf(members), false);
  }
}
