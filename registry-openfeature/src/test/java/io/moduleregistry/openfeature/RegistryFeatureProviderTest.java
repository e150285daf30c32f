package io.moduleregistry.openfeature;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openfeature.sdk.Client;
import dev.openfeature.sdk.ErrorCode;
import dev.openfeature.sdk.EvaluationContext;
import dev.openfeature.sdk.EventDetails;
import dev.openfeature.sdk.FlagEvaluationDetails;
import dev.openfeature.sdk.ImmutableContext;
import dev.openfeature.sdk.LayeredEvaluationContext;
import dev.openfeature.sdk.MutableContext;
import dev.openfeature.sdk.ProviderEvaluation;
import dev.openfeature.sdk.OpenFeatureAPI;
import dev.openfeature.sdk.Reason;
import dev.openfeature.sdk.Value;
import io.moduleregistry.ModuleDefinition;
import io.moduleregistry.ModuleRegistry;
import io.moduleregistry.SnapshotListener;
import io.moduleregistry.SnapshotSettings;
import io.moduleregistry.UserScope;
import io.moduleregistry.testkit.Await;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** The provider through OpenFeature's SDK (OpenFeatureAPI, Client), against the shared embedded database. */
class RegistryFeatureProviderTest {

  private static final OpenFeatureAPI API = OpenFeatureAPI.getInstance();

  private static RegistryDatabase db;
  private static ModuleRegistry cached;
  private static ModuleRegistry writer;
  private static Tenant acme;
  private static UUID stranger;
  private static Client flags;

  @BeforeAll
  static void setUp() {
    db = RegistryDatabase.shared();
    writer = ModuleRegistry.create(db.appDataSource()); // another writer: the cached registry learns only from the feed
    cached = ModuleRegistry.builder(db.appDataSource()).snapshot(SnapshotSettings.defaults()).build();
    for (String id : List.of("of-time", "of-off", "of-absent", "of-events", "of-later")) {
      writer.asService().registerModule(ModuleDefinition.of(id, id));
    }
    acme = db.fixtures().tenant("Acme OpenFeature");
    stranger = db.fixtures().user();
    writer.asService().install(acme.orgId(), "of-time", Map.of("rounding", 15, "mode", "up", "ratio", 0.25,
        "nested", Map.of("a/b", true, "list", List.of(1, 2)), "nothing", java.util.Collections.singletonMap("x", null)));
    writer.asService().install(acme.orgId(), "of-off", Map.of("rounding", 5));
    writer.asService().disable(acme.orgId(), "of-off");
    API.setProviderAndWait("provider-test", new RegistryFeatureProvider(cached));
    flags = API.getClient("provider-test");
    Await.until("the snapshot to be live", () -> cached.snapshotStats().orElseThrow().live());
  }

  @AfterAll
  static void tearDown() {
    cached.close();
    writer.close();
  }

  static EvaluationContext as(UUID user, UUID org) {
    return new ImmutableContext(user.toString(), Map.of("organization", new Value(org.toString())));
  }

  private static EvaluationContext member() {
    return as(acme.member(), acme.orgId());
  }

  @Test
  void aModulesIdIsIsEnabledFromTheSnapshotNeverTheDefault() {
    Await.until("an answer from the live snapshot", () ->
        flags.getBooleanDetails("of-time", false, member()).getReason().equals(Reason.CACHED.name()));
    FlagEvaluationDetails<Boolean> on = flags.getBooleanDetails("of-time", false, member());
    assertThat(on.getValue()).isTrue();
    assertThat(on.getVariant()).isEqualTo("enabled");
    assertThat(on.getErrorCode()).isNull();

    FlagEvaluationDetails<Boolean> strangers = flags.getBooleanDetails("of-time", true, as(stranger, acme.orgId()));
    assertThat(strangers.getValue()).isFalse(); // the default true must not switch it on for someone who may not see it
    assertThat(strangers.getReason()).isEqualTo(Reason.CACHED.name());
    assertThat(strangers.getVariant()).isEqualTo("disabled");
    assertThat(flags.getBooleanValue("of-off", true, member())).isFalse();
    assertThat(flags.getBooleanValue("of-absent", true, member())).isFalse();
  }

  @Test
  void withoutASnapshotTheAnswerIsATargetingMatch() {
    API.setProviderAndWait("provider-uncached", new RegistryFeatureProvider(writer));
    FlagEvaluationDetails<Boolean> on = API.getClient("provider-uncached").getBooleanDetails("of-time", false, member());
    assertThat(on.getValue()).isTrue();
    assertThat(on.getReason()).isEqualTo(Reason.TARGETING_MATCH.name());
  }

  @Test
  void settingsAreStringNumberAndObjectFlags() {
    assertThat(flags.getIntegerDetails("of-time.rounding", 0, member()))
        .returns(15, FlagEvaluationDetails::getValue).returns(Reason.TARGETING_MATCH.name(), FlagEvaluationDetails::getReason);
    assertThat(flags.getStringValue("of-time.mode", "down", member())).isEqualTo("up");
    assertThat(flags.getDoubleValue("of-time.ratio", 1.0, member())).isEqualTo(0.25);
    assertThat(flags.getDoubleValue("of-time.rounding", 1.0, member())).isEqualTo(15.0);
    assertThat(flags.getLongValue("of-time.rounding", 0L, member())).isEqualTo(15L);
    assertThat(flags.getBooleanValue("of-time.nested/a~1b", false, member())).isTrue();
    assertThat(flags.getIntegerValue("of-time.nested/list/1", 0, member())).isEqualTo(2);

    Value nested = flags.getObjectValue("of-time.nested", new Value(), member());
    assertThat(nested.asStructure().getValue("a/b").asBoolean()).isTrue();
    assertThat(nested.asStructure().getValue("list").asList()).extracting(Value::asInteger).containsExactly(1, 2);
    Value all = flags.getObjectValue("of-time.", new Value(), member());
    assertThat(all.asStructure().keySet()).containsExactlyInAnyOrder("rounding", "mode", "ratio", "nested", "nothing");
  }

  @Test
  void aSettingNotSetIsTheDefaultAndOneOfAModuleNotEnabledIsDisabled() {
    assertThat(flags.getIntegerDetails("of-time.missing", 7, member()))
        .returns(7, FlagEvaluationDetails::getValue).returns(Reason.DEFAULT.name(), FlagEvaluationDetails::getReason);
    assertThat(flags.getIntegerDetails("of-time.nothing/x", 7, member()))
        .returns(7, FlagEvaluationDetails::getValue).returns(Reason.DEFAULT.name(), FlagEvaluationDetails::getReason);
    for (String key : List.of("of-off.rounding", "of-absent.rounding")) {
      assertThat(flags.getIntegerDetails(key, 7, member())).as(key)
          .returns(7, FlagEvaluationDetails::getValue).returns(Reason.DISABLED.name(), FlagEvaluationDetails::getReason)
          .returns(null, FlagEvaluationDetails::getErrorCode);
    }
    // Another tenant's setting: answered as not enabled, never its value.
    assertThat(flags.getIntegerDetails("of-time.rounding", 7, as(stranger, acme.orgId())))
        .returns(7, FlagEvaluationDetails::getValue).returns(Reason.DISABLED.name(), FlagEvaluationDetails::getReason);
  }

  @Test
  void errorsAnswerTheDefaultWithTheSpecificationsCodes() {
    assertError(flags.getBooleanDetails("of-no-such-module", true, member()), true, ErrorCode.FLAG_NOT_FOUND);
    assertError(flags.getIntegerDetails("of-no-such-module.rounding", 3, member()), 3, ErrorCode.FLAG_NOT_FOUND);
    assertError(flags.getBooleanDetails("Not A Slug", true, member()), true, ErrorCode.FLAG_NOT_FOUND);
    assertError(flags.getBooleanDetails("", true, member()), true, ErrorCode.FLAG_NOT_FOUND);
    assertError(flags.getIntegerDetails("of-time.bad~2escape", 3, member()), 3, ErrorCode.PARSE_ERROR);
    assertError(flags.getBooleanDetails("of-time", true,
        new ImmutableContext(Map.of("organization", new Value(acme.orgId().toString())))), true, ErrorCode.TARGETING_KEY_MISSING);
    assertError(flags.getBooleanDetails("of-time", true, as(acme.member(), acme.orgId()).merge(
        new ImmutableContext("not-a-uuid"))), true, ErrorCode.INVALID_CONTEXT);
    assertError(flags.getBooleanDetails("of-time", true, new ImmutableContext(acme.member().toString())),
        true, ErrorCode.INVALID_CONTEXT);
    assertError(flags.getBooleanDetails("of-time", true, new ImmutableContext(acme.member().toString(),
        Map.of("organization", new Value("acme")))), true, ErrorCode.INVALID_CONTEXT);
    assertError(flags.getBooleanDetails("of-time", true, new ImmutableContext(acme.member().toString(),
        Map.of("organization", new Value(42)))), true, ErrorCode.INVALID_CONTEXT);
    assertError(flags.getStringDetails("of-time.rounding", "x", member()), "x", ErrorCode.TYPE_MISMATCH);
    assertError(flags.getIntegerDetails("of-time.ratio", 3, member()), 3, ErrorCode.TYPE_MISMATCH);
    assertError(flags.getStringDetails("of-time", "x", member()), "x", ErrorCode.TYPE_MISMATCH);
    assertError(flags.getBooleanDetails("of-time.mode", true, member()), true, ErrorCode.TYPE_MISMATCH);
  }

  @Test
  void anUnreachableDatabaseIsAGeneralError() {
    PGSimpleDataSource nowhere = new PGSimpleDataSource();
    nowhere.setURL("jdbc:postgresql://127.0.0.1:9/nowhere?connectTimeout=2");
    nowhere.setUser("nobody");
    try (ModuleRegistry unreachable = ModuleRegistry.create(nowhere)) {
      API.setProviderAndWait("provider-unreachable", new RegistryFeatureProvider(unreachable));
      FlagEvaluationDetails<Boolean> answer = API.getClient("provider-unreachable").getBooleanDetails("of-time", true, member());
      assertError(answer, true, ErrorCode.GENERAL);
      assertThat(answer.getErrorMessage()).contains("of-time");
    }
  }

  @Test
  void theOrganizationAttributeIsConfigurable() {
    API.setProviderAndWait("provider-tenant", new RegistryFeatureProvider(
        FlagEvaluator.builder(cached).organizationAttribute("tenant")));
    Client tenantFlags = API.getClient("provider-tenant");
    assertThat(tenantFlags.getBooleanValue("of-time", false,
        new ImmutableContext(acme.member().toString(), Map.of("tenant", new Value(acme.orgId().toString()))))).isTrue();
    assertError(tenantFlags.getBooleanDetails("of-time", true, member()), true, ErrorCode.INVALID_CONTEXT);
  }

  @Test
  void aTrustedCallerIsWhoAsksAndAContextNamingAnotherUserIsRefused() {
    AtomicReference<UserScope> request = new AtomicReference<>(cached.asUser(stranger));
    API.setProviderAndWait("provider-trusted", new RegistryFeatureProvider(
        FlagEvaluator.builder(cached).callerSource(request::get)));
    Client trusted = API.getClient("provider-trusted");
    EvaluationContext orgOnly = new ImmutableContext(Map.of("organization", new Value(acme.orgId().toString())));

    // A client naming the member while the request is the stranger's: refused, not answered as the member.
    assertError(trusted.getBooleanDetails("of-time", true, as(acme.member(), acme.orgId())), true, ErrorCode.INVALID_CONTEXT);
    assertThat(trusted.getBooleanValue("of-time", true, orgOnly)).isFalse();
    assertThat(trusted.getBooleanValue("of-time", true, as(stranger, acme.orgId()))).isFalse();
    assertThat(trusted.getBooleanValue("of-time", true,
        new ImmutableContext(stranger.toString().toUpperCase(java.util.Locale.ROOT),
            Map.of("organization", new Value(acme.orgId().toString()))))).isFalse();

    request.set(cached.asUser(acme.member()));
    assertThat(trusted.getBooleanDetails("of-time", false, orgOnly))
        .returns(true, FlagEvaluationDetails::getValue).returns(null, FlagEvaluationDetails::getErrorCode);
    assertThat(trusted.getIntegerValue("of-time.rounding", 0, orgOnly)).isEqualTo(15);

    request.set(null);
    assertError(trusted.getBooleanDetails("of-time", true, orgOnly), true, ErrorCode.TARGETING_KEY_MISSING);
    assertError(trusted.getBooleanDetails("of-time", true, member()), true, ErrorCode.TARGETING_KEY_MISSING);

    API.setProviderAndWait("provider-throwing", new RegistryFeatureProvider(
        FlagEvaluator.builder(cached).callerSource(() -> {
          throw new IllegalStateException("no request bound");
        })));
    assertError(API.getClient("provider-throwing").getBooleanDetails("of-time", true, orgOnly), true, ErrorCode.GENERAL);
  }

  @Test
  void anotherWritersChangeIsAConfigurationChangedEventNamingTheModule() {
    List<EventDetails> changes = new CopyOnWriteArrayList<>();
    flags.onProviderConfigurationChanged(changes::add);
    Await.until("the member's entry in memory", () ->
        flags.getBooleanDetails("of-events", true, member()).getReason().equals(Reason.CACHED.name()));
    assertThat(flags.getBooleanValue("of-events", true, member())).isFalse();

    writer.asService().install(acme.orgId(), "of-events");

    Await.until("a configuration change naming of-events: " + changes, () -> changes.stream()
        .anyMatch(e -> e.getFlagsChanged() != null && e.getFlagsChanged().contains("of-events")));
    assertThat(flags.getBooleanValue("of-events", false, member())).isTrue();
    assertThat(changes).allMatch(e -> e.getProviderName().equals(RegistryFeatureProvider.NAME));
  }

  @Test
  void aLostConnectionIsStaleAndTheReloadAfterItIsReady() throws SQLException {
    API.setProviderAndWait("provider-stale", new RegistryFeatureProvider(cached));
    Client client = API.getClient("provider-stale");
    List<EventDetails> stale = new CopyOnWriteArrayList<>();
    List<EventDetails> ready = new CopyOnWriteArrayList<>();
    client.onProviderStale(stale::add);
    client.onProviderReady(ready::add);
    Await.until("the ready event", () -> !ready.isEmpty());
    int readyBefore = ready.size();

    Await.until("a snapshot listener to terminate", () -> terminateListeners() > 0);

    Await.until("a stale event", () -> !stale.isEmpty());
    assertThat(stale.get(0).getMessage()).contains("cannot vouch for freshness");
    // Stale, answers are still exact: from the database.
    assertThat(client.getBooleanValue("of-time", false, member())).isTrue();
    Await.until("ready again after the reload", () -> ready.size() > readyBefore);
    Await.until("answers from memory again", () ->
        client.getBooleanDetails("of-time", false, member()).getReason().equals(Reason.CACHED.name()));
  }

  /**
   * The provider as called directly (the SDK's Client hands it a LayeredEvaluationContext; a caller of the provider
   * itself, an ImmutableContext or a MutableContext): it reads an ImmutableContext through its map view rather than
   * its cloning getters, so every kind must answer alike, errors included.
   */
  @Test
  void everyKindOfContextAnswersAlike() {
    RegistryFeatureProvider provider = new RegistryFeatureProvider(cached);
    API.setProviderAndWait("provider-direct", provider);
    String org = acme.orgId().toString();
    Map<String, Value> inAcme = Map.of("organization", new Value(org));
    for (EvaluationContext ctx : kinds(acme.member().toString(), inAcme)) {
      assertThat(provider.getBooleanEvaluation("of-time", false, ctx)).as(ctx.getClass().getSimpleName())
          .returns(true, ProviderEvaluation::getValue).returns(null, ProviderEvaluation::getErrorCode)
          .returns(Resolution.ENABLED, ProviderEvaluation::getVariant);
      assertThat(provider.getIntegerEvaluation("of-time.rounding", 0, ctx).getValue()).isEqualTo(15);
    }
    for (EvaluationContext ctx : kinds(stranger.toString(), inAcme)) {
      assertThat(provider.getBooleanEvaluation("of-time", true, ctx)).as(ctx.getClass().getSimpleName())
          .returns(false, ProviderEvaluation::getValue).returns(null, ProviderEvaluation::getErrorCode);
    }
    Map<String, Map<String, Value>> badOrgs = Map.of("none", Map.of(), "a number", Map.of("organization", new Value(42)),
        "no uuid", Map.of("organization", new Value("acme")));
    for (Map.Entry<String, Map<String, Value>> bad : badOrgs.entrySet()) {
      for (EvaluationContext ctx : kinds(acme.member().toString(), bad.getValue())) {
        assertError(provider.getBooleanEvaluation("of-time", true, ctx), true, ErrorCode.INVALID_CONTEXT);
      }
    }
    for (String missing : new String[] {null, "", "   "}) {
      for (EvaluationContext ctx : kinds(missing, inAcme)) {
        assertError(provider.getBooleanEvaluation("of-time", true, ctx), true, ErrorCode.TARGETING_KEY_MISSING);
      }
    }
    for (EvaluationContext ctx : kinds("not-a-uuid", inAcme)) {
      assertError(provider.getBooleanEvaluation("of-time", true, ctx), true, ErrorCode.INVALID_CONTEXT);
    }
  }

  /** A context evaluated again and again (its pair of texts resolved once) still follows another writer's change. */
  @Test
  void aRecurringContextFollowsAnotherWritersChange() {
    RegistryFeatureProvider provider = new RegistryFeatureProvider(cached);
    API.setProviderAndWait("provider-recurring", provider);
    EvaluationContext ctx = member();
    Await.until("an answer from the member's entry in memory", () ->
        provider.getBooleanEvaluation("of-later", true, ctx).getReason().equals(Reason.CACHED.name()));
    assertThat(provider.getBooleanEvaluation("of-later", true, ctx).getValue()).isFalse();

    writer.asService().install(acme.orgId(), "of-later");

    Await.until("the install to reach the recurring context", () ->
        provider.getBooleanEvaluation("of-later", false, ctx).getValue());
    writer.asService().disable(acme.orgId(), "of-later");
    Await.until("the disable to reach the recurring context", () ->
        !provider.getBooleanEvaluation("of-later", true, ctx).getValue());
    assertThat(provider.getBooleanEvaluation("of-later", true, ctx).getReason()).isEqualTo(Reason.CACHED.name());
  }

  /** The same targeting key and attributes as each kind of context the provider may be handed. */
  private static List<EvaluationContext> kinds(@Nullable String targetingKey, Map<String, Value> attributes) {
    ImmutableContext immutable = targetingKey == null ? new ImmutableContext(attributes)
        : new ImmutableContext(targetingKey, attributes);
    return List.of(immutable, new MutableContext(targetingKey, new HashMap<>(attributes)),
        new LayeredEvaluationContext(ImmutableContext.EMPTY, ImmutableContext.EMPTY, ImmutableContext.EMPTY, immutable));
  }

  @Test
  void shutdownStopsListeningToTheRegistry() {
    RegistryFeatureProvider provider = new RegistryFeatureProvider(cached);
    API.setProviderAndWait("provider-shutdown", provider);
    SnapshotListener watch = provider.evaluator().watch();
    assertThat(API.getClient("provider-shutdown").getBooleanValue("of-time", false, member())).isTrue();

    API.setProviderAndWait("provider-shutdown", new RegistryFeatureProvider(writer)); // the SDK shuts the old one down

    Await.until("the replaced provider to shut down", () -> provider.evaluator() == null);
    assertThat(cached.removeSnapshotListener(watch)).as("the registry still held the provider's listener").isFalse();
    assertError(provider.getBooleanEvaluation("of-time", true, member()), true, ErrorCode.PROVIDER_NOT_READY);
  }

  private static <T> void assertError(FlagEvaluationDetails<T> details, T defaultValue, ErrorCode code) {
    assertThat(details.getErrorCode()).as(details.toString()).isEqualTo(code);
    assertThat(details.getValue()).isEqualTo(defaultValue);
    assertThat(details.getReason()).isEqualTo(Reason.ERROR.name());
    assertThat(details.getErrorMessage()).isNotBlank();
  }

  private static <T> void assertError(ProviderEvaluation<T> evaluation, T defaultValue, ErrorCode code) {
    assertThat(evaluation.getErrorCode()).as(evaluation.toString()).isEqualTo(code);
    assertThat(evaluation.getValue()).isEqualTo(defaultValue);
    assertThat(evaluation.getReason()).isEqualTo(Reason.ERROR.name());
  }

  /** Kills the snapshot listeners' backends, as the owner (superuser) may; returns how many. */
  private static int terminateListeners() {
    try (Connection c = db.ownerDataSource().getConnection(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("select count(pg_terminate_backend(pid)) from pg_stat_activity"
             + " where application_name = 'module-registry-snapshot-listener' and datname = current_database()")) {
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
