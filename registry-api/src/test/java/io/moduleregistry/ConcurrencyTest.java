package io.moduleregistry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Many threads on the same org and module: no duplicate rows, no lost patch keys, only documented exceptions. */
class ConcurrencyTest {

  private static final int THREADS = 8;
  private static RegistryDatabase db;
  private static ModuleRegistry registry;

  @BeforeAll
  static void setUp() {
    db = RegistryDatabase.shared();
    registry = ModuleRegistry.create(db.appDataSource());
    registry.asService().registerModule(ModuleDefinition.of("cc-agency", "Agency"));
  }

  @Test
  void concurrentMergePatchesLoseNoKeys() throws Exception {
    Tenant t = db.fixtures().tenant("Patches");
    UserScope admin = registry.asUser(t.admin());
    admin.install(t.orgId(), "cc-agency");
    int perThread = 25;
    run(thread -> {
      for (int i = 0; i < perThread; i++) {
        admin.mergeSettings(t.orgId(), "cc-agency", Map.of("k" + thread + "_" + i, i, "shared", Map.of("t" + thread, i)));
      }
    });
    JsonNode settings = admin.settings(t.orgId(), "cc-agency", JsonNode.class);
    assertThat(settings.size()).isEqualTo(THREADS * perThread + 1);
    assertThat(settings.get("shared").size()).isEqualTo(THREADS);
    for (int thread = 0; thread < THREADS; thread++) {
      assertThat(settings.at("/shared/t" + thread).asInt()).isEqualTo(perThread - 1);
    }
  }

  @Test
  void concurrentInstallsUninstallsAndPatchesStayConsistent() throws Exception {
    Tenant t = db.fixtures().tenant("Churn");
    UserScope admin = registry.asUser(t.admin());
    Set<Class<?>> seen = ConcurrentHashMap.newKeySet();
    Set<Class<?>> documented = Set.of(ModuleAlreadyInstalledException.class, ModuleNotInstalledException.class);
    run(thread -> {
      for (int i = 0; i < 30; i++) {
        try {
          switch ((thread + i) % 3) {
            case 0 -> admin.install(t.orgId(), "cc-agency", Map.of("by", thread));
            case 1 -> admin.uninstall(t.orgId(), "cc-agency");
            default -> admin.mergeSettings(t.orgId(), "cc-agency", Map.of("t" + thread, i));
          }
        } catch (RegistryException e) {
          seen.add(e.getClass());
          if (!documented.contains(e.getClass())) {
            throw e;
          }
        }
      }
    });
    assertThat(seen).isSubsetOf(documented);
    assertThat(db.fixtures().queryValue("select count(*) from public.org_modules where org_id = ?", t.orgId()))
        .isIn(0L, 1L);
    long installs = (Long) db.fixtures().queryValue(
        "select count(*) from public.org_module_events where org_id = ? and event = 'installed'", t.orgId());
    long uninstalls = (Long) db.fixtures().queryValue(
        "select count(*) from public.org_module_events where org_id = ? and event = 'uninstalled'", t.orgId());
    long present = (Long) db.fixtures().queryValue("select count(*) from public.org_modules where org_id = ?", t.orgId());
    assertThat(installs - uninstalls).as("history agrees with the table").isEqualTo(present);
    assertThat(installs).isPositive();
  }

  private interface Work {
    void run(int thread) throws Exception;
  }

  private static void run(Work work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (int thread = 0; thread < THREADS; thread++) {
      int id = thread;
      futures.add(pool.submit(() -> {
        start.await();
        work.run(id);
        return null;
      }));
    }
    start.countDown();
    for (Future<?> f : futures) {
      f.get(2, TimeUnit.MINUTES);
    }
    pool.shutdown();
  }
}
