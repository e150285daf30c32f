package io.moduleregistry.codegen.typescript;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The name order Supabase's generator uses: JavaScript's {@code new Intl.Collator("en")}, the
 * Unicode collation algorithm with CLDR root order, punctuation not ignored. Compared level by
 * level over the whole name: base characters (case- and accent-blind: spaces and punctuation, then
 * symbols, then digits, then letters), then accents, then case and compatibility forms (lower before
 * upper, a letter before its ligature or full-width form).
 *
 * <p>Exact for ASCII names. Beyond ASCII: punctuation, symbols and spaces of the BMP weigh as
 * CLDR orders them (a table generated from node's {@code Intl.Collator}, {@code
 * name-order-symbols.txt}); accented letters order by their base letter ({@code é} beside {@code
 * e}); {@code ß} as {@code ss}, {@code æ}/{@code œ} as {@code ae}/{@code oe}; {@code ø ł đ ð ħ} as
 * {@code o l d d h} with a stroke; {@code ı ŋ ĸ} right after {@code i n k}; ligatures, digraphs,
 * full-width and circled forms as what they stand for; digits of every script as digits; format
 * characters (soft hyphen) as nothing; other scripts after Latin in CLDR's script order, and by
 * code point within a script (CLDR has its own order within some).
 */
final class NameOrder implements Comparator<String> {

  static final NameOrder INSTANCE = new NameOrder();

  /** Room after each ASCII letter for the letters CLDR puts right after it. */
  private static final int GAP = 0x110000;

  /** Weights: the table's symbols (1 to a few thousand), other symbols (by code point), digits, letters. */
  private static final int OTHER_SYMBOLS = 1 << 12;

  private static final int DIGITS = 1 << 21;

  private static final int LETTERS = 1 << 22;

  /** Scripts in CLDR root order, after Latin (as node's {@code Intl.Collator("en")} sorts them). */
  private static final List<UnicodeScript> SCRIPT_ORDER = List.of(UnicodeScript.LATIN, UnicodeScript.GREEK,
      UnicodeScript.COPTIC, UnicodeScript.CYRILLIC, UnicodeScript.GLAGOLITIC, UnicodeScript.GEORGIAN,
      UnicodeScript.ARMENIAN, UnicodeScript.HEBREW, UnicodeScript.SAMARITAN, UnicodeScript.ARABIC, UnicodeScript.SYRIAC,
      UnicodeScript.MANDAIC, UnicodeScript.THAANA, UnicodeScript.NKO, UnicodeScript.TIFINAGH, UnicodeScript.ETHIOPIC,
      UnicodeScript.DEVANAGARI, UnicodeScript.BENGALI, UnicodeScript.GURMUKHI, UnicodeScript.GUJARATI,
      UnicodeScript.ORIYA, UnicodeScript.TAMIL, UnicodeScript.TELUGU, UnicodeScript.KANNADA, UnicodeScript.MALAYALAM,
      UnicodeScript.SINHALA, UnicodeScript.SUNDANESE, UnicodeScript.THAI, UnicodeScript.LAO, UnicodeScript.TIBETAN,
      UnicodeScript.LEPCHA, UnicodeScript.LIMBU, UnicodeScript.TAGALOG, UnicodeScript.BUGINESE, UnicodeScript.MYANMAR,
      UnicodeScript.KHMER, UnicodeScript.TAI_LE, UnicodeScript.CHAM, UnicodeScript.BALINESE, UnicodeScript.JAVANESE,
      UnicodeScript.MONGOLIAN, UnicodeScript.CHEROKEE, UnicodeScript.CANADIAN_ABORIGINAL, UnicodeScript.OGHAM,
      UnicodeScript.RUNIC, UnicodeScript.VAI, UnicodeScript.HANGUL, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA,
      UnicodeScript.BOPOMOFO, UnicodeScript.YI, UnicodeScript.HAN);

  /** A pseudo accent for the letters CLDR orders as a base letter with a stroke. */
  private static final int STROKE = 0x0335;

  /** Letters CLDR expands or strokes: what each weighs as (one letter: with a stroke). */
  private static final Map<Integer, String> AS_LETTERS = Map.ofEntries(
      Map.entry((int) 'ß', "ss"), Map.entry((int) 'ẞ', "SS"), Map.entry((int) 'æ', "ae"), Map.entry((int) 'Æ', "AE"),
      Map.entry((int) 'œ', "oe"), Map.entry((int) 'Œ', "OE"), Map.entry((int) 'ø', "o"), Map.entry((int) 'Ø', "O"),
      Map.entry((int) 'ł', "l"), Map.entry((int) 'Ł', "L"), Map.entry((int) 'đ', "d"), Map.entry((int) 'Đ', "D"),
      Map.entry((int) 'ð', "d"), Map.entry((int) 'Ð', "D"), Map.entry((int) 'ħ', "h"), Map.entry((int) 'Ħ', "H"));

  /** Letters CLDR orders as letters of their own, right after an ASCII letter. */
  private static final Map<Integer, Character> LETTER_AFTER = Map.of(
      (int) 'ı', 'i', (int) 'ŋ', 'n', (int) 'Ŋ', 'n', (int) 'ĸ', 'k');

  /** Punctuation, symbols and spaces: their CLDR rank (1, 2, ...), from the generated table. */
  private static final Map<Integer, Integer> SYMBOLS = readSymbols();

  private NameOrder() {}

  @Override
  public int compare(String a, String b) {
    Keys x = keys(a);
    Keys y = keys(b);
    int c = Arrays.compare(x.primary, y.primary);
    if (c == 0) {
      c = Arrays.compare(x.secondary, y.secondary);
    }
    if (c == 0) {
      c = Arrays.compare(x.tertiary, y.tertiary);
    }
    return c;
  }

  private record Keys(int[] primary, int[] secondary, int[] tertiary) {}

  /** The collation elements of a name, built one weighted character at a time. */
  private static final class Builder {
    int[] primary = new int[16];
    int[] secondary = new int[16];
    int[] tertiary = new int[16];
    int n;

    void add(int primaryWeight, int tertiaryWeight) {
      if (n == primary.length) {
        primary = Arrays.copyOf(primary, n * 2);
        secondary = Arrays.copyOf(secondary, n * 2);
        tertiary = Arrays.copyOf(tertiary, n * 2);
      }
      primary[n] = primaryWeight;
      tertiary[n] = tertiaryWeight;
      n++;
    }

    void accent(int mark) {
      if (n > 0) {
        secondary[n - 1] = secondary[n - 1] * 31 + mark; // an accent weighs on its base letter
      }
    }

    Keys keys() {
      return new Keys(Arrays.copyOf(primary, n), Arrays.copyOf(secondary, n), Arrays.copyOf(tertiary, n));
    }
  }

  private static Keys keys(String s) {
    Builder out = new Builder();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      String canonical = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFD);
      String compatible = Normalizer.normalize(canonical, Normalizer.Form.NFKD);
      // a ligature, digraph, full-width or circled form weighs as what it stands for, after it
      int variant = compatible.equals(canonical) ? 0 : 2;
      Integer symbol = SYMBOLS.get(cp);
      if (symbol != null) { // before decomposing: a spacing accent is a symbol of its own, not a space
        out.add(symbol, variant);
        continue;
      }
      for (int k = 0; k < compatible.length(); ) {
        int c = compatible.codePointAt(k);
        k += Character.charCount(c);
        add(out, c, variant);
      }
    }
    return out.keys();
  }

  private static void add(Builder out, int cp, int variant) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK) {
      out.accent(cp);
      return;
    }
    if (type == Character.FORMAT) {
      return; // soft hyphen, zero-width space and the like weigh nothing
    }
    String letters = AS_LETTERS.get(cp);
    if (letters == null) {
      out.add(primary(cp), (Character.isUpperCase(cp) || Character.isTitleCase(cp) ? 1 : 0) + variant);
      return;
    }
    boolean expanded = letters.length() > 1;
    for (int k = 0; k < letters.length(); k++) {
      char c = letters.charAt(k);
      out.add(primary(c), (Character.isUpperCase(c) ? 1 : 0) + (expanded ? 2 : variant));
    }
    if (!expanded) {
      out.accent(STROKE);
    }
  }

  private static int primary(int cp) {
    Integer symbol = SYMBOLS.get(cp);
    if (symbol != null) {
      return symbol;
    }
    if (Character.getType(cp) == Character.CONTROL) {
      return 0; // control characters weigh nothing but still count, before everything
    }
    int digit = Character.digit(cp, 10);
    if (digit >= 0 || (cp == 0x3007)) { // any script's digit weighs as the ASCII digit; 〇 as zero
      return DIGITS + Math.max(digit, 0);
    }
    int lower = Character.toLowerCase(cp);
    if (lower >= 'a' && lower <= 'z') {
      return LETTERS + (lower - 'a') * GAP;
    }
    Character after = LETTER_AFTER.get(cp);
    if (after != null) {
      return primary(after) + 1;
    }
    if (!Character.isLetterOrDigit(cp) && !Character.isIdeographic(cp)) {
      return OTHER_SYMBOLS + cp; // a symbol outside the table (beyond the BMP: emoji): after the others
    }
    int script = SCRIPT_ORDER.indexOf(UnicodeScript.of(cp));
    int rank = script < 0 ? SCRIPT_ORDER.indexOf(UnicodeScript.CANADIAN_ABORIGINAL) : script;
    return LETTERS + (26 + rank) * GAP + lower; // after z, script by script
  }

  private static Map<Integer, Integer> readSymbols() {
    Map<Integer, Integer> ranks = new HashMap<>();
    try (InputStream in = NameOrder.class.getResourceAsStream("name-order-symbols.txt")) {
      if (in == null) {
        throw new IllegalStateException("name-order-symbols.txt is missing from the class path");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int rank = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        rank++;
        for (String hex : line.trim().split(" ")) {
          ranks.put(Integer.parseInt(hex, 16), rank);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(ranks);
  }
}
