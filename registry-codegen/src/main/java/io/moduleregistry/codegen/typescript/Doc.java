package io.moduleregistry.codegen.typescript;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A layout document in the style of Wadler's and prettier's pretty printers: text, groups that
 * print flat when they fit the line and broken otherwise, indentation, and line breaks that are a
 * space (or nothing) when their group is flat. {@link DocPrinter} lays it out.
 */
sealed interface Doc {

  /** Literal text without line breaks. */
  record Text(String text) implements Doc {}

  /** Documents one after the other. */
  record Concat(List<Doc> parts) implements Doc {}

  /** Prints flat when it fits, else broken; {@code broken} forces the broken layout. */
  final class Group implements Doc {
    final Doc contents;
    boolean broken;

    Group(Doc contents, boolean broken) {
      this.contents = contents;
      this.broken = broken;
    }
  }

  /** Its contents one indentation level (two spaces) deeper after each line break. */
  record Indent(Doc contents) implements Doc {}

  /** Its contents {@code spaces} columns deeper after each line break. */
  record Align(int spaces, Doc contents) implements Doc {}

  /**
   * A line break in a broken group; flat, a space ({@code soft == false}) or nothing. A hard line
   * always breaks, and breaks every group around it.
   */
  record Line(boolean soft, boolean hard) implements Doc {}

  /** {@code broken} in a broken group, {@code flat} in a flat one. */
  record IfBreak(Doc broken, Doc flat) implements Doc {}

  Doc EMPTY = new Text("");
  Doc LINE = new Line(false, false);
  Doc SOFTLINE = new Line(true, false);
  Doc HARDLINE = new Line(false, true);

  static Doc text(String text) {
    return new Text(text);
  }

  static Doc concat(Doc... parts) {
    return new Concat(Arrays.asList(parts));
  }

  static Doc concat(List<Doc> parts) {
    return new Concat(List.copyOf(parts));
  }

  static Doc group(Doc... parts) {
    return new Group(concat(parts), false);
  }

  static Doc brokenGroup(Doc... parts) {
    return new Group(concat(parts), true);
  }

  static Doc indent(Doc... parts) {
    return new Indent(concat(parts));
  }

  static Doc align(int spaces, Doc contents) {
    return new Align(spaces, contents);
  }

  static Doc ifBreak(Doc broken, Doc flat) {
    return new IfBreak(broken, flat);
  }

  /** The items with {@code separator} between each two. */
  static Doc join(Doc separator, List<Doc> items) {
    List<Doc> parts = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        parts.add(separator);
      }
      parts.add(items.get(i));
    }
    return new Concat(parts);
  }
}
