package io.moduleregistry.codegen;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * Lays out a {@link Doc} the way prettier's printer does: a group prints flat when everything up to
 * the next possible line break fits in the line width, else broken. Hard lines break their
 * enclosing groups; trailing spaces are trimmed at each line break.
 */
final class DocPrinter {

  private enum Mode { FLAT, BREAK }

  private record Command(String indent, Mode mode, Doc doc) {}

  private final int width;

  DocPrinter(int width) {
    this.width = width;
  }

  String print(Doc doc) {
    propagateBreaks(doc);
    StringBuilder out = new StringBuilder();
    Deque<Command> commands = new ArrayDeque<>();
    commands.push(new Command("", Mode.BREAK, doc));
    int position = 0;
    while (!commands.isEmpty()) {
      Command command = commands.pop();
      Doc d = command.doc();
      if (d instanceof Doc.Text t) {
        out.append(t.text());
        int newline = t.text().lastIndexOf('\n');
        position = newline < 0 ? position + displayWidth(t.text()) : displayWidth(t.text().substring(newline + 1));
      } else if (d instanceof Doc.Line l) {
        if (command.mode() == Mode.FLAT && !l.hard()) {
          if (!l.soft()) {
            out.append(' ');
            position++;
          }
        } else {
          int end = out.length();
          while (end > 0 && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\t')) {
            end--;
          }
          out.setLength(end);
          out.append('\n').append(command.indent());
          position = command.indent().length();
        }
      } else if (d instanceof Doc.Group g) {
        Command flat = new Command(command.indent(), Mode.FLAT, g.contents);
        if (command.mode() == Mode.FLAT && !g.broken
            || !g.broken && fits(flat, commands, width - position)) {
          commands.push(flat);
        } else {
          commands.push(new Command(command.indent(), Mode.BREAK, g.contents));
        }
      } else {
        expand(command, commands);
      }
    }
    return out.toString();
  }

  /** Pushes the parts of a concatenation, indentation or conditional onto {@code stack}. */
  private static void expand(Command command, Deque<Command> stack) {
    Doc d = command.doc();
    if (d instanceof Doc.Concat c) {
      for (int i = c.parts().size() - 1; i >= 0; i--) {
        stack.push(new Command(command.indent(), command.mode(), c.parts().get(i)));
      }
    } else if (d instanceof Doc.Indent i) {
      stack.push(new Command(command.indent() + "  ", command.mode(), i.contents()));
    } else if (d instanceof Doc.Align a) {
      stack.push(new Command(command.indent() + " ".repeat(a.spaces()), command.mode(), a.contents()));
    } else if (d instanceof Doc.IfBreak b) {
      stack.push(new Command(command.indent(), command.mode(), command.mode() == Mode.BREAK ? b.broken() : b.flat()));
    }
  }

  /** Whether {@code next}, then the rest up to its first possible line break, fits in {@code room}. */
  private static boolean fits(Command next, Deque<Command> rest, int room) {
    Deque<Command> stack = new ArrayDeque<>();
    stack.push(next);
    Iterator<Command> restIterator = rest.iterator();
    while (room >= 0) {
      if (stack.isEmpty()) {
        if (!restIterator.hasNext()) {
          return true;
        }
        stack.push(restIterator.next());
        continue;
      }
      Command command = stack.pop();
      Doc d = command.doc();
      if (d instanceof Doc.Text t) {
        room -= displayWidth(t.text());
      } else if (d instanceof Doc.Line l) {
        if (command.mode() == Mode.BREAK || l.hard()) {
          return true;
        }
        if (!l.soft()) {
          room--;
        }
      } else if (d instanceof Doc.Group g) {
        stack.push(new Command(command.indent(), g.broken ? Mode.BREAK : command.mode(), g.contents));
      } else {
        expand(command, stack);
      }
    }
    return false;
  }

  /** Marks every group that contains a hard line as broken; returns whether {@code doc} has one. */
  private static boolean propagateBreaks(Doc doc) {
    if (doc instanceof Doc.Line l) {
      return l.hard();
    } else if (doc instanceof Doc.Concat c) {
      boolean any = false;
      for (Doc part : c.parts()) {
        any |= propagateBreaks(part);
      }
      return any;
    } else if (doc instanceof Doc.Indent i) {
      return propagateBreaks(i.contents());
    } else if (doc instanceof Doc.Align a) {
      return propagateBreaks(a.contents());
    } else if (doc instanceof Doc.IfBreak b) {
      return propagateBreaks(b.broken()) | propagateBreaks(b.flat());
    } else if (doc instanceof Doc.Group g) {
      g.broken |= propagateBreaks(g.contents);
      return g.broken;
    }
    return false;
  }

  /** Columns a text takes: East Asian wide characters take two, combining marks none. */
  static int displayWidth(String text) {
    int columns = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
        continue;
      }
      columns += isWide(cp) ? 2 : 1;
    }
    return columns;
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) || (cp >= 0x1F900 && cp <= 0x1F9FF)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
