package io.moduleregistry;

import static io.moduleregistry.Snapshots.awaitHit;
import static io.moduleregistry.Snapshots.awaitLive;
import static io.moduleregistry.Snapshots.awaitTerminatedListeners;
import static org.assertj.core.api.Assertions.assertThat;

import io.moduleregistry.testkit.Await;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link ModuleRegistry#addSnapshotListener}: what a listener is told, against the shared database. */
class SnapshotListenerTest {

  private static RegistryDatabase db;
  private static ModuleRegistry uncached;

  @BeforeAll
  static void setUp() {
    db = RegistryDatabase.shared();
    uncached = ModuleRegistry.create(db.appDataSource());
    uncached.asService().registerModule(ModuleDefinition.of("sl-reports", "Reports"));
    uncached.asService().registerModule(ModuleDefinition.of("sl-other", "Other"));
  }

  @AfterAll
  static void tearDown() {
    uncached.close();
  }

  /** Records what it is told. */
  static final class Recorder implements SnapshotListener {
    final List<Set<String>> reloads = new CopyOnWriteArrayList<>();
    final List<Long> versions = new CopyOnWriteArrayList<>();
    final List<String> stale = new CopyOnWriteArrayList<>();

    @Override
    public void reloaded(long changeVersion, Set<String> changedModules) {
      versions.add(changeVersion);
      reloads.add(changedModules);
    }

    @Override
    public void stale(String why) {
      stale.add(why);
    }
  }

  @Test
  void anotherWritersChangeNamesTheModuleWhoseEnablementChanged() {
    Tenant t = db.fixtures().tenant("Listened");
    try (ModuleRegistry cached = ModuleRegistry.builder(db.appDataSource()).snapshot(SnapshotSettings.defaults()).build()) {
      Recorder recorder = new Recorder();
      SnapshotListener throwing = new SnapshotListener() {
        @Override
        public void reloaded(long changeVersion, Set<String> changedModules) {
          throw new IllegalStateException("a broken listener");
        }
      };
      assertThat(cached.addSnapshotListener(throwing)).isTrue();
      assertThat(cached.addSnapshotListener(recorder)).isTrue();
      awaitLive(cached);
      awaitHit(cached, "the member's entry", () -> cached.asUser(t.member()).isEnabled(t.orgId(), "sl-reports"));

      uncached.asService().install(t.orgId(), "sl-reports"); // another writer: only the notification tells

      Await.until("a reload naming sl-reports: " + recorder.reloads,
          () -> recorder.reloads.stream().anyMatch(changed -> changed.contains("sl-reports")));
      assertThat(recorder.reloads).noneMatch(changed -> changed.contains("sl-other"));
      assertThat(recorder.versions).isSorted();
      assertThat(recorder.stale).isEmpty();
    }
  }

  @Test
  void aLostConnectionMakesItStaleAndTheNextReloadTellsAgain() {
    try (ModuleRegistry cached = ModuleRegistry.builder(db.appDataSource()).snapshot(SnapshotSettings.defaults()).build()) {
      Recorder recorder = new Recorder();
      cached.addSnapshotListener(recorder);
      awaitLive(cached);
      Await.until("the first reload", () -> !recorder.reloads.isEmpty());
      int before = recorder.reloads.size();
      awaitTerminatedListeners(db.ownerDataSource());
      Await.until("stale after the lost connection", () -> !recorder.stale.isEmpty());
      Await.until("a reload after reconnecting", () -> recorder.reloads.size() > before);
    }
  }

  @Test
  void closingTellsStaleAndARemovedListenerIsNotToldAgain() {
    Recorder recorder = new Recorder();
    Recorder removed = new Recorder();
    ModuleRegistry cached = ModuleRegistry.builder(db.appDataSource()).snapshot(SnapshotSettings.defaults()).build();
    cached.addSnapshotListener(recorder);
    cached.addSnapshotListener(removed);
    assertThat(cached.removeSnapshotListener(removed)).isTrue();
    assertThat(cached.removeSnapshotListener(removed)).isFalse();
    cached.close();
    assertThat(recorder.stale).contains("the registry was closed");
    assertThat(removed.stale).isEmpty();
  }

  @Test
  void withoutASnapshotNothingIsEverTold() {
    Recorder recorder = new Recorder();
    assertThat(uncached.addSnapshotListener(recorder)).isFalse();
    assertThat(uncached.removeSnapshotListener(recorder)).isFalse();
  }
}
