package io.moduleregistry.codegen;

import java.text.Normalizer;
import java.util.Comparator;

/**
 * The name order Supabase's generator uses: JavaScript's {@code new Intl.Collator("en")}, the
 * Unicode collation algorithm with CLDR root order, punctuation not ignored. Compared level by
 * level over the whole name: base letters (case- and accent-blind, punctuation before digits
 * before letters), then accents, then case (lower before upper). Exact for ASCII names; letters
 * outside ASCII order by their decomposed base letter, then by code point.
 */
final class NameOrder implements Comparator<String> {

  static final NameOrder INSTANCE = new NameOrder();

  /** ASCII characters in CLDR root order, as {@code Intl.Collator("en")} sorts them. */
  private static final String ASCII_ORDER =
      " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$0123456789aAbBcCdDeEfFgGhHiIjJkKlLmMnNoOpPqQrRsStTuUvVwWxXyYzZ";

  private static final int[] PRIMARY = new int[128];

  static {
    int rank = 1;
    for (int i = 0; i < ASCII_ORDER.length(); i++) {
      char c = ASCII_ORDER.charAt(i);
      if (Character.isUpperCase(c)) {
        PRIMARY[c] = PRIMARY[Character.toLowerCase(c)];
      } else {
        PRIMARY[c] = ++rank;
      }
    }
  }

  private NameOrder() {}

  @Override
  public int compare(String a, String b) {
    Keys x = keys(a);
    Keys y = keys(b);
    int c = compareArrays(x.primary, y.primary);
    if (c == 0) {
      c = compareArrays(x.secondary, y.secondary);
    }
    if (c == 0) {
      c = compareArrays(x.tertiary, y.tertiary);
    }
    return c;
  }

  private record Keys(int[] primary, int[] secondary, int[] tertiary) {}

  private static Keys keys(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    int[] primary = new int[d.length()];
    int[] secondary = new int[d.length()];
    int[] tertiary = new int[d.length()];
    int n = 0;
    for (int i = 0; i < d.length(); ) {
      int cp = d.codePointAt(i);
      i += Character.charCount(cp);
      if (n > 0 && Character.getType(cp) == Character.NON_SPACING_MARK) {
        secondary[n - 1] = secondary[n - 1] * 31 + cp; // an accent weighs on its base letter
        continue;
      }
      if (cp < 128) {
        primary[n] = PRIMARY[cp]; // control characters weigh 0, before everything
      } else {
        primary[n] = 1000 + Character.toLowerCase(cp);
      }
      tertiary[n] = Character.isUpperCase(cp) ? 1 : 0;
      n++;
    }
    return new Keys(java.util.Arrays.copyOf(primary, n), java.util.Arrays.copyOf(secondary, n),
        java.util.Arrays.copyOf(tertiary, n));
  }

  private static int compareArrays(int[] a, int[] b) {
    return java.util.Arrays.compare(a, b);
  }
}
