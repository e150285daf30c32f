package io.moduleregistry.spring;

import io.moduleregistry.SnapshotSettings;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Module Registry's settings, all under {@code module-registry.*}. Every one has a default: with
 * none set, the registry uses the application's DataSource and verifies the schema at startup.
 */
@ConfigurationProperties(prefix = "module-registry")
public class ModuleRegistryProperties {

  /** Whether to create the ModuleRegistry bean and the rest of this auto-configuration. */
  private boolean enabled = true;

  /**
   * Check at startup that every Module Registry migration is applied, and fail startup with the
   * missing ones named when not.
   */
  private boolean verifySchema = true;

  /**
   * Whether a call made inside a Spring-managed transaction on the same DataSource joins it (its
   * writes commit or roll back with the caller's), rather than running in a transaction of its own.
   */
  private boolean joinTransactions = true;

  private final Datasource datasource = new Datasource();
  private final Migration migration = new Migration();
  private final Snapshot snapshot = new Snapshot();
  private final Guard guard = new Guard();
  private final Catalog catalog = new Catalog();
  private final Ofrep ofrep = new Ofrep();

  /** OFREP endpoints. */
  public Ofrep getOfrep() {
    return ofrep;
  }

  /**
   * The OpenFeature Remote Evaluation Protocol's endpoints ({@code POST /ofrep/v1/evaluate/flags}
   * and {@code POST /ofrep/v1/evaluate/flags/{key}}) over the registry, for OpenFeature clients in
   * any language; needs {@code io.moduleregistry:registry-openfeature} on the class path and a
   * servlet web application. The caller is the authenticated request's, never the context's.
   */
  public static class Ofrep {
    /** Whether to serve the OFREP endpoints (off unless asked for). */
    private boolean enabled = false;
    /** Evaluation context attribute holding the organization's UUID. */
    private String organizationAttribute = "organization";

    /** Whether the endpoints are served. */
    public boolean isEnabled() {
      return enabled;
    }

    /** @param enabled whether to serve the endpoints */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /** The context attribute naming the organization. */
    public String getOrganizationAttribute() {
      return organizationAttribute;
    }

    /** @param organizationAttribute the context attribute naming the organization */
    public void setOrganizationAttribute(String organizationAttribute) {
      this.organizationAttribute = organizationAttribute;
    }
  }

  /** Module manifests registered at startup. */
  public Catalog getCatalog() {
    return catalog;
  }

  /** {@code module-registry.catalog.*}: the catalog kept as code, synced at startup when asked. */
  public static class Catalog {

    /** Register the manifests found at {@link #location} at startup (ServiceScope.syncCatalog), idempotently. */
    private boolean sync = false;

    /** Where the manifests are: one JSON file per module. */
    private String location = "classpath*:module-registry/modules/*.json";

    /** Whether the manifests are synced at startup. */
    public boolean isSync() {
      return sync;
    }

    /** @param sync whether to sync the manifests at startup */
    public void setSync(boolean sync) {
      this.sync = sync;
    }

    /** Where the manifests are. */
    public String getLocation() {
      return location;
    }

    /** @param location a Spring resource pattern for the manifests */
    public void setLocation(String location) {
      this.location = location;
    }
  }

  /** Whether the auto-configuration is on. */
  public boolean isEnabled() {
    return enabled;
  }

  /** @param enabled whether the auto-configuration is on */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** Whether the schema is verified at startup. */
  public boolean isVerifySchema() {
    return verifySchema;
  }

  /** @param verifySchema whether to verify the schema at startup */
  public void setVerifySchema(boolean verifySchema) {
    this.verifySchema = verifySchema;
  }

  /** Whether calls join a Spring transaction already open on the same DataSource. */
  public boolean isJoinTransactions() {
    return joinTransactions;
  }

  /** @param joinTransactions whether calls join a Spring transaction */
  public void setJoinTransactions(boolean joinTransactions) {
    this.joinTransactions = joinTransactions;
  }

  /** The in-process snapshot that answers {@code isEnabled}. */
  public Snapshot getSnapshot() {
    return snapshot;
  }

  /** A dedicated data source for the registry. */
  public Datasource getDatasource() {
    return datasource;
  }

  /** Migration at startup. */
  public Migration getMigration() {
    return migration;
  }

  /** The controller guard. */
  public Guard getGuard() {
    return guard;
  }

  /** Where and as whom to log in: shared by the registry's own data source and the migration's. */
  public static class Login {
    /** JDBC URL. */
    private @Nullable String url;
    /** Login role. */
    private @Nullable String username;
    /** Its password. */
    private @Nullable String password;

    /** JDBC URL, or null for the default. */
    public @Nullable String getUrl() {
      return url;
    }

    /** @param url JDBC URL */
    public void setUrl(@Nullable String url) {
      this.url = url;
    }

    /** Login role, or null for the default. */
    public @Nullable String getUsername() {
      return username;
    }

    /** @param username login role */
    public void setUsername(@Nullable String username) {
      this.username = username;
    }

    /** Password, or null for the default. */
    public @Nullable String getPassword() {
      return password;
    }

    /** @param password password */
    public void setPassword(@Nullable String password) {
      this.password = password;
    }
  }

  /**
   * A data source of the registry's own, for applications whose main DataSource logs in as a
   * privileged role (the owner, {@code postgres}, a role with BYPASSRLS): the registry should log
   * in as a role with no table privileges that may switch to {@code authenticated} and {@code
   * service_role}. With no URL set the application's DataSource is used; with one, a HikariCP pool
   * of the registry's alone.
   */
  public static class Datasource extends Login {
    /** Largest number of connections in the registry's pool. */
    private int maximumPoolSize = 10;

    /** Pool size. */
    public int getMaximumPoolSize() {
      return maximumPoolSize;
    }

    /** @param maximumPoolSize pool size */
    public void setMaximumPoolSize(int maximumPoolSize) {
      this.maximumPoolSize = maximumPoolSize;
    }
  }

  /**
   * Applying the registry's migrations at startup, before Spring Boot's own Flyway runs the
   * application's (which may reference the registry's tables). Needs {@code
   * io.moduleregistry:registry-schema} on the class path and a role that owns the schema; the
   * login defaults to {@code spring.flyway.url/user/password}, else the application's DataSource.
   */
  public static class Migration extends Login {
    /** Whether to apply pending registry migrations at startup. */
    private boolean enabled = false;

    /** Whether to migrate at startup. */
    public boolean isEnabled() {
      return enabled;
    }

    /** @param enabled whether to migrate at startup */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }

  /** How {@link RequiresModule} finds the organization of a request. */
  public static class Guard {
    /** Path variable holding the organization's UUID; tried first. */
    private String pathVariable = "orgId";
    /** Request header holding the organization's UUID; tried when the path has none. */
    private String header = "X-Organization-Id";

    /** Path variable name. */
    public String getPathVariable() {
      return pathVariable;
    }

    /** @param pathVariable path variable name */
    public void setPathVariable(String pathVariable) {
      this.pathVariable = pathVariable;
    }

    /** Header name. */
    public String getHeader() {
      return header;
    }

    /** @param header header name */
    public void setHeader(String header) {
      this.header = header;
    }
  }

  /**
   * Answering {@code isEnabled} from the in-process snapshot (LISTEN/NOTIFY on a connection of its
   * own, or polling behind a transaction-mode pooler); see the README's snapshot section. The
   * defaults are {@link SnapshotSettings#defaults()}'s.
   */
  public static class Snapshot {
    /** Whether to answer isEnabled from the in-process snapshot. */
    private boolean enabled = false;
    /** How the snapshot learns of changes: AUTO (LISTEN where it works, else POLL), LISTEN or POLL. */
    private SnapshotSettings.Refresh refresh = SnapshotSettings.Refresh.AUTO;
    /** The most entries held in memory: one per enabled (organization, module) pair and cached caller. */
    private int maxEntries = 100_000;
    /** How often POLL asks the database for its last change. */
    private Duration pollInterval = Duration.ofMillis(100);
    /** How often the LISTEN connection is checked to be alive. */
    private Duration heartbeat = Duration.ofSeconds(1);

    /** Whether the snapshot is on. */
    public boolean isEnabled() {
      return enabled;
    }

    /** @param enabled whether the snapshot is on */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /** How changes are learned. */
    public SnapshotSettings.Refresh getRefresh() {
      return refresh;
    }

    /** @param refresh how changes are learned */
    public void setRefresh(SnapshotSettings.Refresh refresh) {
      this.refresh = refresh;
    }

    /** Most entries in memory. */
    public int getMaxEntries() {
      return maxEntries;
    }

    /** @param maxEntries most entries in memory, at least 1 */
    public void setMaxEntries(int maxEntries) {
      this.maxEntries = maxEntries;
    }

    /** Poll interval. */
    public Duration getPollInterval() {
      return pollInterval;
    }

    /** @param pollInterval poll interval */
    public void setPollInterval(Duration pollInterval) {
      this.pollInterval = pollInterval;
    }

    /** Heartbeat interval of the LISTEN connection. */
    public Duration getHeartbeat() {
      return heartbeat;
    }

    /** @param heartbeat heartbeat interval */
    public void setHeartbeat(Duration heartbeat) {
      this.heartbeat = heartbeat;
    }

    /**
     * These settings for the registry's builder.
     *
     * @return the snapshot settings
     * @throws IllegalArgumentException naming the setting that is out of range (see {@link SnapshotSettings.Builder})
     */
    SnapshotSettings settings() {
      return SnapshotSettings.builder().refresh(refresh).maxEntries(maxEntries).pollInterval(pollInterval)
          .heartbeat(heartbeat).build();
    }
  }
}
