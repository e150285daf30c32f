package io.moduleregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Versions ordered by SemVer 2.0 precedence; ranges desugared as npm's semver does. */
class SemVerTest {

  @Test
  void precedenceFollowsSemVer() {
    String[] ordered = {"1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2",
        "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.2.0", "1.10.0", "2.0.0", "18446744073709551616.0.0"};
    for (int i = 0; i < ordered.length; i++) {
      for (int j = 0; j < ordered.length; j++) {
        assertThat(SemVer.version(ordered[i]).compareTo(SemVer.version(ordered[j])))
            .as(ordered[i] + " vs " + ordered[j]).isEqualTo(Integer.compare(i, j));
      }
    }
    assertThat(SemVer.version("1.0.0+build.1").compareTo(SemVer.version("1.0.0"))).isZero();
  }

  @ParameterizedTest(name = "{0} admits {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "^1.2      | 1.2.0 | true", "^1.2      | 1.9.9 | true", "^1.2      | 2.0.0 | false", "^1.2 | 1.1.9 | false",
      "^1.2      | 2.0.0-alpha | false", "^0.2.3 | 0.2.9 | true", "^0.2.3 | 0.3.0 | false", "^0.0.3 | 0.0.4 | false",
      "^0.0.3    | 0.0.3 | true", "^0       | 0.9.0 | true", "^0 | 1.0.0 | false",
      "~1.4      | 1.4.7 | true", "~1.4      | 1.5.0 | false", "~1.4.2 | 1.4.1 | false", "~1 | 1.9.0 | true",
      ">=2.0.0 <3 | 2.5.0 | true", ">=2.0.0 <3 | 3.0.0 | false", ">=2.0.0 <3 | 3.0.0-rc.1 | false",
      ">=2.0.0 <3 | 1.9.9 | false", "*         | 0.0.1 | true", "x | 7.0.0 | true",
      "1.2.3     | 1.2.3 | true", "=1.2.3 | 1.2.4 | false", "1.x | 1.7.0 | true", "1.x | 2.0.0 | false",
      ">1.2      | 1.2.9 | false", ">1.2 | 1.3.0 | true", ">1.2.3 | 1.2.3 | false", "<=1.2 | 1.2.9 | true",
      "<=1.2     | 1.3.0 | false", "<1.2 | 1.2.0-beta | false", "<1.2 | 1.1.9 | true", "<=1.2.3 | 1.2.3 | true",
      ">=1.0.0-rc.1 | 1.0.0-rc.2 | true", ">=1.0.0-rc.1 | 1.0.0-beta | false"})
  void rangesAdmitWhatNpmAdmits(String range, String version, boolean admitted) {
    assertThat(SemVer.range(range).satisfiedBy(SemVer.version(version))).isEqualTo(admitted);
  }

  @Test
  void badRangesAndVersionsAreRefusedSayingWhy() {
    assertThatThrownBy(() -> SemVer.range("^1.2 || ^2")).hasMessageContaining("unions");
    assertThatThrownBy(() -> SemVer.range(">=3 <2")).hasMessageContaining("matches no version");
    assertThatThrownBy(() -> SemVer.range("~>1.2")).hasMessageContaining("'~>1.2' is not a comparator");
    assertThatThrownBy(() -> SemVer.range("")).hasMessageContaining("must be 1 to");
    assertThatThrownBy(() -> SemVer.range("1.2-beta")).hasMessageContaining("pre-release");
    assertThatThrownBy(() -> SemVer.version("1.2")).hasMessageContaining("not a semantic version");
    assertThatThrownBy(() -> SemVer.version("01.2.3")).hasMessageContaining("not a semantic version");
  }
}
