package io.moduleregistry.codegen.typescript;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;

/**
 * Lays out a {@link Doc} the way prettier's printer (and oxfmt, the reference's formatter) does: a
 * group prints flat when everything up to the next possible line break fits in the line width, else broken. Hard lines break their
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

  /**
   * Whether a code point is East Asian Wide or Fullwidth (Unicode's EastAsianWidth W and F), which
   * the formatter counts as two columns: CJK, Hangul, full-width forms and emoji such as U+2705.
   */
  private static boolean isWide(int cp) {
    int at = Arrays.binarySearch(WIDE, cp);
    return at >= 0 || (-at - 1) % 2 == 1; // a bound itself, or between a range's first and last
  }

  /** First and last code point of each wide range, ascending (generated from EastAsianWidth.txt, Unicode 16). */
  private static final int[] WIDE = {
      0x1100, 0x115F, 0x231A, 0x231B, 0x2329, 0x232A, 0x23E9, 0x23EC, 0x23F0, 0x23F0, 0x23F3, 0x23F3,
      0x25FD, 0x25FE, 0x2614, 0x2615, 0x2630, 0x2637, 0x2648, 0x2653, 0x267F, 0x267F, 0x268A, 0x268F,
      0x2693, 0x2693, 0x26A1, 0x26A1, 0x26AA, 0x26AB, 0x26BD, 0x26BE, 0x26C4, 0x26C5, 0x26CE, 0x26CE,
      0x26D4, 0x26D4, 0x26EA, 0x26EA, 0x26F2, 0x26F3, 0x26F5, 0x26F5, 0x26FA, 0x26FA, 0x26FD, 0x26FD,
      0x2705, 0x2705, 0x270A, 0x270B, 0x2728, 0x2728, 0x274C, 0x274C, 0x274E, 0x274E, 0x2753, 0x2755,
      0x2757, 0x2757, 0x2795, 0x2797, 0x27B0, 0x27B0, 0x27BF, 0x27BF, 0x2B1B, 0x2B1C, 0x2B50, 0x2B50,
      0x2B55, 0x2B55, 0x2E80, 0x2E99, 0x2E9B, 0x2EF3, 0x2F00, 0x2FD5, 0x2FF0, 0x303E, 0x3041, 0x3096,
      0x3099, 0x30FF, 0x3105, 0x312F, 0x3131, 0x318E, 0x3190, 0x31E5, 0x31EF, 0x321E, 0x3220, 0x3247,
      0x3250, 0xA48C, 0xA490, 0xA4C6, 0xA960, 0xA97C, 0xAC00, 0xD7A3, 0xF900, 0xFAFF, 0xFE10, 0xFE19,
      0xFE30, 0xFE52, 0xFE54, 0xFE66, 0xFE68, 0xFE6B, 0xFF01, 0xFF60, 0xFFE0, 0xFFE6, 0x16FE0, 0x16FE4,
      0x16FF0, 0x16FF6, 0x17000, 0x18CD5, 0x18CFF, 0x18D1E, 0x18D80, 0x18DF2, 0x1AFF0, 0x1AFF3, 0x1AFF5, 0x1AFFB,
      0x1AFFD, 0x1AFFE, 0x1B000, 0x1B122, 0x1B132, 0x1B132, 0x1B150, 0x1B152, 0x1B155, 0x1B155, 0x1B164, 0x1B167,
      0x1B170, 0x1B2FB, 0x1D300, 0x1D356, 0x1D360, 0x1D376, 0x1F004, 0x1F004, 0x1F0CF, 0x1F0CF, 0x1F18E, 0x1F18E,
      0x1F191, 0x1F19A, 0x1F200, 0x1F202, 0x1F210, 0x1F23B, 0x1F240, 0x1F248, 0x1F250, 0x1F251, 0x1F260, 0x1F265,
      0x1F300, 0x1F320, 0x1F32D, 0x1F335, 0x1F337, 0x1F37C, 0x1F37E, 0x1F393, 0x1F3A0, 0x1F3CA, 0x1F3CF, 0x1F3D3,
      0x1F3E0, 0x1F3F0, 0x1F3F4, 0x1F3F4, 0x1F3F8, 0x1F43E, 0x1F440, 0x1F440, 0x1F442, 0x1F4FC, 0x1F4FF, 0x1F53D,
      0x1F54B, 0x1F54E, 0x1F550, 0x1F567, 0x1F57A, 0x1F57A, 0x1F595, 0x1F596, 0x1F5A4, 0x1F5A4, 0x1F5FB, 0x1F64F,
      0x1F680, 0x1F6C5, 0x1F6CC, 0x1F6CC, 0x1F6D0, 0x1F6D2, 0x1F6D5, 0x1F6D8, 0x1F6DC, 0x1F6DF, 0x1F6EB, 0x1F6EC,
      0x1F6F4, 0x1F6FC, 0x1F7E0, 0x1F7EB, 0x1F7F0, 0x1F7F0, 0x1F90C, 0x1F93A, 0x1F93C, 0x1F945, 0x1F947, 0x1F9FF,
      0x1FA70, 0x1FA7C, 0x1FA80, 0x1FA8A, 0x1FA8E, 0x1FAC6, 0x1FAC8, 0x1FAC8, 0x1FACD, 0x1FADC, 0x1FADF, 0x1FAEA,
      0x1FAEF, 0x1FAF8, 0x20000, 0x2FFFD, 0x30000, 0x3FFFD
  };
}
