package io.moduleregistry.openfeature;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openfeature.sdk.Client;
import dev.openfeature.sdk.ErrorCode;
import dev.openfeature.sdk.EvaluationContext;
import dev.openfeature.sdk.FlagEvaluationDetails;
import dev.openfeature.sdk.ImmutableContext;
import dev.openfeature.sdk.NoOpProvider;
import dev.openfeature.sdk.OpenFeatureAPI;
import dev.openfeature.sdk.Value;
import io.moduleregistry.ModuleRegistry;
import io.moduleregistry.SnapshotSettings;
import io.moduleregistry.UserScope;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The README's OpenFeature section, compiled and run as written: the regions between the
 * {@code openfeature:} markers below must appear verbatim in README.md.
 */
class ReadmeOpenFeatureTest {

  /** What the README's Spring line calls: the starter's CallerScopeResolver has this method. */
  interface Callers {
    Optional<UserScope> current();
  }

  record Answers(ModuleRegistry registry, boolean on, int rounding, FlagEvaluationDetails<Boolean> why) {}

  static Answers usage(DataSource dataSource, UUID userId, UUID orgId) {
    // openfeature:usage:start
    ModuleRegistry registry = ModuleRegistry.builder(dataSource)
        .snapshot(SnapshotSettings.defaults())      // boolean flags from memory, and change events
        .build();
    OpenFeatureAPI openFeature = OpenFeatureAPI.getInstance();
    openFeature.setProviderAndWait(new RegistryFeatureProvider(registry));
    Client flags = openFeature.getClient();

    EvaluationContext context = new ImmutableContext(userId.toString(),   // targetingKey: the user's id
        Map.of("organization", new Value(orgId.toString())));           // the organization's id
    boolean on = flags.getBooleanValue("time-tracking", false, context);         // isEnabled
    int rounding = flags.getIntegerValue("time-tracking.rounding", 5, context);  // a setting
    FlagEvaluationDetails<Boolean> why = flags.getBooleanDetails("time-tracking", false, context);
    // openfeature:usage:end
    return new Answers(registry, on, rounding, why);
  }

  static RegistryFeatureProvider trusted(ModuleRegistry registry, Callers callers) {
    // openfeature:trusted:start
    RegistryFeatureProvider provider = new RegistryFeatureProvider(FlagEvaluator.builder(registry)
        .organizationAttribute("org")                               // default "organization"
        .callerSource(() -> callers.current().orElse(null)));       // e.g. the starter's CallerScopeResolver
    // openfeature:trusted:end
    return provider;
  }

  /** A tenant with time-tracking installed and enabled. */
  private static Tenant withTimeTracking(RegistryDatabase db, String name) {
    db.fixtures().module("time-tracking", "Time tracking");
    Tenant tenant = db.fixtures().tenant(name);
    db.fixtures().install(tenant.orgId(), "time-tracking");
    return tenant;
  }

  @Test
  void theSectionRunsAsWritten() {
    RegistryDatabase db = RegistryDatabase.shared();
    Tenant acme = withTimeTracking(db, "Acme README OpenFeature");
    db.fixtures().update("update public.org_modules set settings = '{\"rounding\": 15}'"
        + " where org_id = ? and module_id = 'time-tracking'", acme.orgId());
    try {
      Answers answers = usage(db.appDataSource(), acme.member(), acme.orgId());
      answers.registry().close();
      assertThat(answers.on()).isTrue();
      assertThat(answers.rounding()).isEqualTo(15);
      assertThat(answers.why().getErrorCode()).isNull();
      assertThat(answers.why().getReason()).isIn("CACHED", "TARGETING_MATCH");
      Answers stranger = usage(db.appDataSource(), db.fixtures().user(), acme.orgId());
      stranger.registry().close();
      assertThat(stranger.on()).isFalse();
      assertThat(stranger.rounding()).isEqualTo(5);
    } finally {
      OpenFeatureAPI.getInstance().setProviderAndWait(new NoOpProvider()); // shuts the README's providers down
    }
  }

  @Test
  void theTrustedCallerLinesWork() {
    RegistryDatabase db = RegistryDatabase.shared();
    Tenant acme = withTimeTracking(db, "Acme README trusted");
    try (ModuleRegistry registry = ModuleRegistry.create(db.appDataSource())) {
      UserScope member = registry.asUser(acme.member());
      RegistryFeatureProvider provider = trusted(registry, () -> Optional.of(member));
      OpenFeatureAPI.getInstance().setProviderAndWait("readme-trusted", provider);
      Client flags = OpenFeatureAPI.getInstance().getClient("readme-trusted");
      EvaluationContext org = new ImmutableContext(Map.of("org", new Value(acme.orgId().toString())));
      assertThat(flags.getBooleanValue("time-tracking", false, org)).isTrue();
      EvaluationContext someoneElse = new ImmutableContext(acme.owner().toString(),
          Map.of("org", new Value(acme.orgId().toString())));
      assertThat(flags.getBooleanDetails("time-tracking", false, someoneElse).getErrorCode())
          .isEqualTo(ErrorCode.INVALID_CONTEXT);
    }
  }

  @Test
  void theReadmeShowsTheseExactLines() throws IOException {
    String source = Files.readString(Path.of("src/test/java/io/moduleregistry/openfeature/ReadmeOpenFeatureTest.java"));
    String readme = Files.readString(Path.of("../README.md"));
    for (String region : new String[] {"usage", "trusted"}) {
      String start = "// openfeature:" + region + ":start\n";
      String code = source.substring(source.indexOf(start) + start.length(), source.indexOf("// openfeature:" + region + ":end"));
      assertThat(readme).as("README.md shows the OpenFeature " + region + " lines").contains(code.stripIndent());
    }
  }
}
