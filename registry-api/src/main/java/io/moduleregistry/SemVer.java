package io.moduleregistry;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * SemVer 2.0 versions and the version ranges manifests require, the same algorithm as the
 * database's {@code module_registry.semver_compare} and {@code module_registry.semver_satisfies}
 * (SemVerSqlAgreementTest holds them to one verdict). A range is one or more comparators joined by
 * spaces, all of which must hold ({@code >=2.0.0 <3}); each is an operator ({@code >= <= > < = ^ ~}
 * or none) and a version whose trailing parts may be {@code x}, {@code *} or missing ({@code 1.2},
 * {@code 1.x}). A range is reduced to a lower and an upper bound, as npm's semver desugars it
 * ({@code ^1.2} is {@code >=1.2.0 <2.0.0-0}). Pre-releases are compared by SemVer precedence only
 * ({@code ^1.2} admits {@code 1.3.0-beta}); unions ({@code ||}) and hyphen ranges are not supported.
 */
final class SemVer {

  private static final String NUMBER = "0|[1-9][0-9]*";
  private static final String IDENTIFIERS = "[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*";
  private static final Pattern VERSION = Pattern.compile(
      "(" + NUMBER + ")\\.(" + NUMBER + ")\\.(" + NUMBER + ")(?:-(" + IDENTIFIERS + "))?(?:\\+" + IDENTIFIERS + ")?");
  private static final String PART = NUMBER + "|[xX*]";
  private static final Pattern COMPARATOR = Pattern.compile("(>=|<=|>|<|=|\\^|~)?(" + PART + ")(?:\\.(" + PART
      + "))?(?:\\.(" + PART + "))?(?:-(" + IDENTIFIERS + "))?(?:\\+" + IDENTIFIERS + ")?");
  /** Longest range text accepted (the database's check says the same). */
  static final int MAX_RANGE_LENGTH = 200;

  private SemVer() {}

  /** A version: three numbers and pre-release identifiers (build metadata dropped: it has no precedence). */
  record Version(BigInteger major, BigInteger minor, BigInteger patch, List<String> pre) implements Comparable<Version> {

    Version {
      pre = List.copyOf(pre);
    }

    static Version of(long major, long minor, long patch, String... pre) {
      return new Version(BigInteger.valueOf(major), BigInteger.valueOf(minor), BigInteger.valueOf(patch), List.of(pre));
    }

    @Override
    public int compareTo(Version o) {
      int c = major.compareTo(o.major);
      if (c == 0) {
        c = minor.compareTo(o.minor);
      }
      if (c == 0) {
        c = patch.compareTo(o.patch);
      }
      return c != 0 ? Integer.signum(c) : comparePre(pre, o.pre);
    }

    @Override
    public String toString() {
      return major + "." + minor + "." + patch + (pre.isEmpty() ? "" : "-" + String.join(".", pre));
    }
  }

  /**
   * A range as bounds: {@code lower} (inclusive or not) and {@code upper}, either absent for none.
   *
   * @param text the range as written
   */
  record Range(String text, @Nullable Version lower, boolean lowerInclusive, @Nullable Version upper,
      boolean upperInclusive) {

    boolean satisfiedBy(Version v) {
      if (lower != null) {
        int c = v.compareTo(lower);
        if (c < 0 || (c == 0 && !lowerInclusive)) {
          return false;
        }
      }
      if (upper != null) {
        int c = v.compareTo(upper);
        return c < 0 || (c == 0 && upperInclusive);
      }
      return true;
    }

    /** Whether no version at all satisfies it ({@code >=2 <1}). */
    boolean matchesNothing() {
      if (lower == null || upper == null) {
        return false;
      }
      int c = lower.compareTo(upper);
      return c > 0 || (c == 0 && !(lowerInclusive && upperInclusive));
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /**
   * Parses a version such as {@code 1.2.3} or {@code 2.0.0-rc.1+build.5}.
   *
   * @throws IllegalArgumentException saying what is wrong
   */
  static Version version(String text) {
    Matcher m = VERSION.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a semantic version such as 1.2.3");
    }
    return new Version(new BigInteger(m.group(1)), new BigInteger(m.group(2)), new BigInteger(m.group(3)),
        m.group(4) == null ? List.of() : List.of(m.group(4).split("\\.")));
  }

  /**
   * Parses a range such as {@code ^1.2}, {@code ~1.4}, {@code >=2.0.0 <3} or {@code *}.
   *
   * @throws IllegalArgumentException saying which comparator is wrong, or that the range matches no version
   */
  static Range range(String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty() || text.length() > MAX_RANGE_LENGTH) {
      throw new IllegalArgumentException("version range '" + text + "' must be 1 to " + MAX_RANGE_LENGTH
          + " characters, such as ^1.2, ~1.4, >=2.0.0 <3 or *");
    }
    if (trimmed.contains("||") || trimmed.contains(" - ")) {
      throw new IllegalArgumentException("version range '" + text + "': unions (||) and hyphen ranges are not"
          + " supported; write one range of comparators such as >=1.2.0 <3");
    }
    Bound lower = null;
    Bound upper = null;
    for (String comparator : trimmed.split("\\s+")) {
      Bound[] bounds = comparator(text, comparator);
      lower = tighter(lower, bounds[0], 1);
      upper = tighter(upper, bounds[1], -1);
    }
    Range range = new Range(text, lower == null ? null : lower.version, lower == null || lower.inclusive,
        upper == null ? null : upper.version, upper == null || upper.inclusive);
    if (range.matchesNothing()) {
      throw new IllegalArgumentException("version range '" + text + "' matches no version");
    }
    return range;
  }

  private record Bound(Version version, boolean inclusive) {}

  /** Of two bounds, the one that admits less: for lower bounds the greater ({@code sign} 1), for upper the lesser. */
  private static @Nullable Bound tighter(@Nullable Bound a, @Nullable Bound b, int sign) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    int c = a.version.compareTo(b.version) * sign;
    if (c != 0) {
      return c > 0 ? a : b;
    }
    return a.inclusive ? b : a;
  }

  /** One comparator as {lower, upper}; either may be null. */
  private static Bound[] comparator(String range, String text) {
    Matcher m = COMPARATOR.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("version range '" + range + "': '" + text + "' is not a comparator such as"
          + " ^1.2, ~1.4.0, >=2.0.0, <3 or *");
    }
    String op = m.group(1) == null ? "" : m.group(1);
    List<BigInteger> parts = new ArrayList<>();
    for (int i = 2; i <= 4 && m.group(i) != null && Character.isDigit(m.group(i).charAt(0)); i++) {
      parts.add(new BigInteger(m.group(i)));
    }
    int n = parts.size();
    String pre = m.group(5);
    if (pre != null && n < 3) {
      throw new IllegalArgumentException("version range '" + range + "': '" + text + "' has a pre-release but not"
          + " all three numbers");
    }
    while (parts.size() < 3) {
      parts.add(BigInteger.ZERO);
    }
    BigInteger major = parts.get(0);
    BigInteger minor = parts.get(1);
    BigInteger patch = parts.get(2);
    Version low = new Version(major, minor, patch, pre == null ? List.of() : List.of(pre.split("\\.")));
    if (n == 0) {
      if (op.equals("<") || op.equals(">")) {
        throw new IllegalArgumentException("version range '" + range + "': '" + text + "' matches no version");
      }
      return new Bound[] {null, null};
    }
    // the first version past the partial one (1.2 -> 1.3.0), and the lowest pre-release of it as exclusive upper bound
    Version next = n == 1 ? new Version(major.add(BigInteger.ONE), BigInteger.ZERO, BigInteger.ZERO, List.of())
        : new Version(major, minor.add(BigInteger.ONE), BigInteger.ZERO, List.of());
    return switch (op) {
      case "", "=" -> n == 3 ? new Bound[] {new Bound(low, true), new Bound(low, true)}
          : new Bound[] {new Bound(low, true), below(next)};
      case ">=" -> new Bound[] {new Bound(low, true), null};
      case ">" -> new Bound[] {n == 3 ? new Bound(low, false) : new Bound(next, true), null};
      case "<" -> new Bound[] {null, n == 3 ? new Bound(low, false) : below(low)};
      case "<=" -> new Bound[] {null, n == 3 ? new Bound(low, true) : below(next)};
      case "~" -> new Bound[] {new Bound(low, true), below(n == 1 ? next
          : new Version(major, minor.add(BigInteger.ONE), BigInteger.ZERO, List.of()))};
      default -> new Bound[] {new Bound(low, true), below(caretUpper(major, minor, patch, n))}; // "^"
    };
  }

  /** Below a release and all its pre-releases: {@code < v-0}. */
  private static Bound below(Version v) {
    return new Bound(new Version(v.major, v.minor, v.patch, List.of("0")), false);
  }

  /** {@code ^}: the left-most non-zero part of those given may not change. */
  private static Version caretUpper(BigInteger major, BigInteger minor, BigInteger patch, int n) {
    if (major.signum() > 0 || n == 1) {
      return new Version(major.add(BigInteger.ONE), BigInteger.ZERO, BigInteger.ZERO, List.of());
    }
    if (minor.signum() > 0 || n == 2) {
      return new Version(major, minor.add(BigInteger.ONE), BigInteger.ZERO, List.of());
    }
    return new Version(major, minor, patch.add(BigInteger.ONE), List.of());
  }

  /** SemVer 2.0 pre-release precedence: none is highest; numeric below alphanumeric; shorter below longer. */
  private static int comparePre(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return Boolean.compare(a.isEmpty(), b.isEmpty());
    }
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      String x = a.get(i);
      String y = b.get(i);
      boolean xn = x.chars().allMatch(Character::isDigit);
      boolean yn = y.chars().allMatch(Character::isDigit);
      int c;
      if (xn && yn) {
        c = new BigInteger(x).compareTo(new BigInteger(y));
      } else if (xn || yn) {
        c = xn ? -1 : 1;
      } else {
        c = x.compareTo(y);
      }
      if (c != 0) {
        return Integer.signum(c);
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
