package io.moduleregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moduleregistry.testkit.MemberRole;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@link RegistryScope#history} as owner, admin, member, a member added after a secret was rotated,
 * stranger and service; keyset pages; the module filter; argument checks before SQL; and the
 * service's retention ({@link ServiceScope#deleteHistoryBefore}, {@link ServiceScope#deleteHistory}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryTest {

  private RegistryDatabase db;
  private ModuleRegistry registry;
  private ServiceScope service;
  private Tenant acme;
  private UUID newcomer;

  @BeforeAll
  void rotateASecret() {
    db = RegistryDatabase.shared();
    registry = ModuleRegistry.create(db.appDataSource());
    service = registry.asService();
    service.registerModule(ModuleDefinition.of("hi-mail", "Mail"));
    service.registerModule(ModuleDefinition.of("hi-crm", "CRM"));
    acme = db.fixtures().tenant("History");
    UserScope admin = registry.asUser(acme.admin());
    admin.install(acme.orgId(), "hi-mail", Map.of("api_key", "A-secret-1", "region", "eu"));
    admin.mergeSettings(acme.orgId(), "hi-mail", Map.of("api_key", "A-secret-2"));
    registry.asUser(acme.owner()).replaceSettings(acme.orgId(), "hi-mail", Map.of());
    admin.disable(acme.orgId(), "hi-mail");
    service.install(acme.orgId(), "hi-crm");
    newcomer = db.fixtures().user();
    db.fixtures().member(acme.orgId(), newcomer, MemberRole.MEMBER);
  }

  @Test
  void everyMemberSeesTheEventsActorsAndChangedKeysNewestFirst() {
    for (UUID user : List.of(acme.owner(), acme.admin(), acme.member(), newcomer)) {
      HistoryPage page = registry.asUser(user).history(acme.orgId(), null, null, 100);
      assertThat(page.next()).isNull();
      assertThat(page.events()).extracting(HistoryEvent::kind).containsExactly(HistoryEvent.Kind.INSTALLED,
          HistoryEvent.Kind.DISABLED, HistoryEvent.Kind.SETTINGS_CHANGED, HistoryEvent.Kind.SETTINGS_CHANGED,
          HistoryEvent.Kind.INSTALLED);
      assertThat(page.events()).extracting(HistoryEvent::moduleId)
          .containsExactly("hi-crm", "hi-mail", "hi-mail", "hi-mail", "hi-mail");
      assertThat(page.events()).extracting(HistoryEvent::changedKeys).containsExactly(List.of(), List.of(),
          List.of("api_key", "region"), List.of("api_key"), List.of("api_key", "region"));
      assertThat(page.events()).extracting(HistoryEvent::actorId)
          .containsExactly(null, acme.admin(), acme.owner(), acme.admin(), acme.admin());
      assertThat(page.events()).extracting(HistoryEvent::id).isSortedAccordingTo((a, b) -> Long.compare(b, a));
      assertThat(page.events()).allSatisfy(e -> assertThat(e.orgId()).isEqualTo(acme.orgId()));
    }
  }

  @Test
  void onlyOwnersAdminsAndTheServiceReadPastValues() {
    for (RegistryScope scope : List.of(registry.asUser(acme.owner()), registry.asUser(acme.admin()), service)) {
      HistoryEvent rotation = scope.history(acme.orgId(), "hi-mail", null, 100).events().get(2);
      assertThat(rotation.settingsVisible()).isTrue();
      assertThat(rotation.oldSettings().get("api_key").asText()).isEqualTo("A-secret-1");
      assertThat(rotation.newSettings().get("api_key").asText()).isEqualTo("A-secret-2");
    }
    for (UUID user : List.of(acme.member(), newcomer)) {
      List<HistoryEvent> events = registry.asUser(user).history(acme.orgId(), null, null, 100).events();
      assertThat(events).allSatisfy(e -> {
        assertThat(e.settingsVisible()).isFalse();
        assertThat(e.oldSettings()).isNull();
        assertThat(e.newSettings()).isNull();
      });
      assertThat(events.toString()).doesNotContain("A-secret");
    }
  }

  @Test
  void strangersGetAnEmptyPage() {
    Tenant globex = db.fixtures().tenant("Elsewhere");
    HistoryPage page = registry.asUser(globex.owner()).history(acme.orgId(), null, null, 10);
    assertThat(page.events()).isEmpty();
    assertThat(page.nextCursor()).isEmpty();
  }

  @Test
  void pagesFollowTheCursorWithoutGapsOrRepeats() {
    UserScope member = registry.asUser(acme.member());
    List<HistoryEvent> all = member.history(acme.orgId(), null, null, 100).events();
    List<HistoryEvent> paged = new ArrayList<>();
    HistoryCursor cursor = null;
    int pages = 0;
    do {
      HistoryPage page = member.history(acme.orgId(), null, cursor, 2);
      assertThat(page.events()).hasSizeLessThanOrEqualTo(2);
      paged.addAll(page.events());
      cursor = page.next();
      pages++;
      if (cursor != null) {
        cursor = HistoryCursor.parse(cursor.token()); // as through a URL
      }
    } while (cursor != null);
    assertThat(pages).isEqualTo(3);
    assertThat(paged).isEqualTo(all);
    assertThat(member.history(acme.orgId(), "hi-crm", null, 100).events()).extracting(HistoryEvent::kind)
        .containsExactly(HistoryEvent.Kind.INSTALLED);
    assertThat(member.history(acme.orgId(), "hi-mail", null, 100).events()).hasSize(4);
  }

  @Test
  void badArgumentsAreRefusedBeforeAnySql() {
    UserScope member = registry.asUser(acme.member());
    assertThatThrownBy(() -> member.history(null, null, null, 10))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("orgId");
    assertThatThrownBy(() -> member.history(acme.orgId(), "Not A Slug", null, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a slug");
    for (int limit : new int[] {0, -1, 1001}) {
      assertThatThrownBy(() -> member.history(acme.orgId(), null, null, limit))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside 1 to 1000");
    }
    assertThatThrownBy(() -> new HistoryCursor(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HistoryCursor.parse("abc")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a number");
    assertThatThrownBy(() -> service.deleteHistoryBefore(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("cutoff");
    assertThatThrownBy(() -> service.deleteHistory(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("orgId");
  }

  @Test
  void theServiceDeletesOneOrganizationsHistoryOrWhatIsOlderThanADate() {
    Tenant doomed = db.fixtures().tenant("Retention");
    Tenant kept = db.fixtures().tenant("Kept");
    service.install(doomed.orgId(), "hi-mail", Map.of("k", 1));
    service.mergeSettings(doomed.orgId(), "hi-mail", Map.of("k", 2));
    service.install(kept.orgId(), "hi-mail");

    assertThat(service.deleteHistory(doomed.orgId())).isEqualTo(2);
    assertThat(service.history(doomed.orgId(), null, null, 10).events()).isEmpty();
    assertThat(db.fixtures().queryValue("select count(*) from public.org_module_event_settings where org_id = ?",
        doomed.orgId())).as("values go with their events").isEqualTo(0L);
    assertThat(service.installation(doomed.orgId(), "hi-mail")).as("installations stay").isPresent();
    assertThat(service.history(kept.orgId(), null, null, 10).events()).hasSize(1);

    OffsetDateTime past = OffsetDateTime.now().minusYears(30);
    assertThat(service.deleteHistoryBefore(past)).isZero();
    assertThat(service.history(kept.orgId(), null, null, 10).events()).hasSize(1);
    db.fixtures().update("insert into public.org_module_events (org_id, module_id, event, occurred_at)"
        + " values (?, 'hi-mail', 'enabled', now() - interval '40 years')", kept.orgId());
    assertThat(service.deleteHistoryBefore(past)).isEqualTo(1);
    assertThat(service.history(kept.orgId(), null, null, 10).events()).hasSize(1);
  }

  /** The README's history example, compiled and run: the region between the markers appears verbatim in README.md. */
  static int readmeHistory(ModuleRegistry registry, UUID userId, UUID orgId) {
    // readme:history:start
    UserScope user = registry.asUser(userId);                  // RLS: members read events, owners and admins values too
    HistoryPage page = user.history(orgId, null, null, 50);    // newest first; a module id instead of null filters
    for (HistoryEvent event : page.events()) {
      System.out.printf("%s %s %s by %s, keys %s%n", event.occurredAt(), event.moduleId(), event.kind(),
          event.actorId(), event.changedKeys());              // event.oldSettings()/newSettings(): null for members
    }
    HistoryCursor older = page.next();                         // null on the last page; older.token() for a URL
    long purged = registry.asService().deleteHistoryBefore(OffsetDateTime.now().minusYears(1));   // retention
    // readme:history:end
    return page.events().size() + (older == null ? 0 : 1000) + (int) purged;
  }

  @Test
  void theReadmeExampleRunsAsWritten() throws java.io.IOException {
    assertThat(readmeHistory(registry, acme.member(), acme.orgId())).isEqualTo(5);
    String source = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/java/io/moduleregistry/HistoryTest.java"));
    String start = "// readme:history:start\n";
    String code = source.substring(source.indexOf(start) + start.length(), source.indexOf("// readme:history:end"));
    assertThat(java.nio.file.Files.readString(java.nio.file.Path.of("../README.md")))
        .as("README.md shows the history example's lines").contains(code.stripIndent());
  }
}
