package io.moduleregistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The snapshot's compact layout answers exactly what a set of (organization, module) pairs would:
 * random sets (one organization or many, UUIDs of either sign, repeated rows, module numbers on both
 * sides of the single-organization masks' 128), every pair held and many that are not asked of
 * {@link PairTable#contains} and of {@link Snapshot.Store.Entry#contains}. The database side is
 * {@code SnapshotDifferentialTest}'s.
 */
class PairTableTest {

  @Test
  void answersExactlyWhatTheSetOfPairsWould() {
    SplittableRandom random = new SplittableRandom(17);
    PairTable.Modules modules = new PairTable.Modules();
    List<String> ids = new ArrayList<>();
    for (int m = 0; m < 300; m++) {
      ids.add("pt-module-" + m);
    }
    for (int m = 0; m < 200; m++) {
      modules.intern(ids.get(m)); // numbered 0..199: a set may use ids past 128
    }
    List<UUID> orgs = new ArrayList<>();
    for (int o = 0; o < 40; o++) {
      orgs.add(new UUID(random.nextLong(), random.nextLong()));
    }
    orgs.add(new UUID(0, 0));
    orgs.add(new UUID(-1, -1));
    orgs.add(new UUID(orgs.get(0).getMostSignificantBits(), orgs.get(0).getLeastSignificantBits() ^ 1)); // same high bits
    List<String> wrong = new ArrayList<>();
    for (int trial = 0; trial < 200; trial++) {
      int orgCount = trial % 3 == 0 ? 1 : random.nextInt(orgs.size());
      int moduleRange = trial % 2 == 0 ? 100 : 250;
      int rows = random.nextInt(trial % 5 == 0 ? 3 : 60);
      UUID[] rowOrgs = new UUID[rows];
      String[] rowModules = new String[rows];
      Set<PairTable.Pair> expected = new HashSet<>();
      int firstOrg = random.nextInt(orgs.size());
      for (int r = 0; r < rows; r++) {
        rowOrgs[r] = orgs.get((firstOrg + random.nextInt(Math.max(1, orgCount))) % orgs.size());
        rowModules[r] = ids.get(random.nextInt(moduleRange));
        expected.add(new PairTable.Pair(rowOrgs[r], rowModules[r]));
      }
      long[] table = PairTable.of(rowOrgs, rowModules, rows, modules);
      Snapshot.Store.Entry entry = new Snapshot.Store.Entry(Identity.user(UUID.randomUUID()), table, rows, true);
      assertThat(PairTable.pairs(table, modules)).isEqualTo(expected);
      for (UUID org : orgs) {
        for (int m = 0; m < moduleRange; m++) {
          int index = modules.indexOf(ids.get(m));
          if (index < 0) {
            continue; // never numbered: no table holds it, and the snapshot answers false without asking
          }
          boolean held = expected.contains(new PairTable.Pair(org, ids.get(m)));
          long msb = org.getMostSignificantBits();
          long lsb = org.getLeastSignificantBits();
          if (PairTable.contains(table, msb, lsb, index) != held || entry.contains(msb, lsb, index) != held) {
            wrong.add(org + " " + ids.get(m) + " in trial " + trial + " (held: " + held + ")");
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void numbersEachModuleOnceAndNamesItBack() {
    PairTable.Modules modules = new PairTable.Modules();
    for (int m = 0; m < 1_000; m++) {
      assertThat(modules.intern("pt-n-" + m)).isEqualTo(m);
    }
    assertThat(modules.intern("pt-n-7")).isEqualTo(7);
    assertThat(modules.indexOf("pt-n-999")).isEqualTo(999);
    assertThat(modules.indexOf("pt-unknown")).isEqualTo(-1);
    assertThat(modules.id(512)).isEqualTo("pt-n-512");
  }
}
