package io.moduleregistry;

import static org.assertj.core.api.Assertions.assertThat;

import io.moduleregistry.testkit.RegistryDatabase;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The Java SemVer and the database's module_registry.semver_* give one verdict: on which ranges are
 * ranges, on which versions each admits, and on the order of versions, over generated cases.
 */
class SemVerSqlAgreementTest {

  private static final String[] OPS = {"", "=", "^", "~", ">=", ">", "<=", "<"};
  private static final String[] PRE = {"", "-0", "-1", "-alpha", "-alpha.1", "-beta.2", "-rc.1", "-1.a"};

  @Test
  void javaAndSqlAgreeOnRangesVersionsAndOrder() throws Exception {
    Random random = new Random(19);
    List<String> versions = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      versions.add(random.nextInt(3) + "." + random.nextInt(4) + "." + random.nextInt(4) + PRE[random.nextInt(PRE.length)]);
    }
    List<String> ranges = new ArrayList<>(List.of("*", "x", "1.x", "1.2.x", ">=2.0.0 <3", "^0", "^0.0", "<*", ">=3 <2",
        "^1 || ^2", "1.2-beta", "~>1", "", " ^1.2 ", ">=1.0.0-rc.1 <=2.1"));
    for (int i = 0; i < 60; i++) {
      ranges.add(comparator(random) + (random.nextInt(3) == 0 ? " " + comparator(random) : ""));
    }
    int compared = 0;
    try (Connection c = RegistryDatabase.shared().appDataSource().getConnection();
         PreparedStatement s = c.prepareStatement("select r, v, (module_registry.semver_range_bounds(r)).problem,"
             + " module_registry.semver_satisfies(v, r) from unnest(?::text[]) r, unnest(?::text[]) v")) {
      try (java.sql.Statement role = c.createStatement()) {
        role.execute("set role service_role");
      }
      Array r = c.createArrayOf("text", ranges.toArray());
      Array v = c.createArrayOf("text", versions.toArray());
      s.setArray(1, r);
      s.setArray(2, v);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          String range = rs.getString(1);
          String version = rs.getString(2);
          SemVer.Range parsed = null;
          try {
            parsed = SemVer.range(range);
          } catch (IllegalArgumentException e) {
            // not a range in Java
          }
          assertThat(rs.getString(3) == null).as("'" + range + "' is a range").isEqualTo(parsed != null);
          boolean java = parsed != null && parsed.satisfiedBy(SemVer.version(version));
          assertThat(rs.getBoolean(4)).as("'" + range + "' admits " + version).isEqualTo(java);
          compared++;
        }
      }
      try (PreparedStatement order = c.prepareStatement(
          "select a, b, module_registry.semver_compare(a, b) from unnest(?::text[]) a, unnest(?::text[]) b")) {
        order.setArray(1, v);
        order.setArray(2, v);
        try (ResultSet rs = order.executeQuery()) {
          while (rs.next()) {
            assertThat(rs.getInt(3)).as(rs.getString(1) + " vs " + rs.getString(2))
                .isEqualTo(SemVer.version(rs.getString(1)).compareTo(SemVer.version(rs.getString(2))));
            compared++;
          }
        }
      }
      try (java.sql.Statement role = c.createStatement()) {
        role.execute("reset role");
      }
    }
    assertThat(compared).isEqualTo(ranges.size() * versions.size() + versions.size() * versions.size());
  }

  private static String comparator(Random random) {
    String[] parts = {String.valueOf(random.nextInt(3)), random.nextInt(5) == 0 ? "x" : String.valueOf(random.nextInt(4)),
        random.nextInt(5) == 0 ? "*" : String.valueOf(random.nextInt(4))};
    int n = 1 + random.nextInt(3);
    String version = String.join(".", java.util.Arrays.copyOf(parts, n));
    if (n == 3 && parts[1].matches("\\d") && parts[2].matches("\\d")) {
      version += PRE[random.nextInt(PRE.length)];
    }
    return OPS[random.nextInt(OPS.length)] + version;
  }
}
