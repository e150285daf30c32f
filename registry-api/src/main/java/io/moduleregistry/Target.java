package io.moduleregistry;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What one call is about: the values its statement's named {@link Parameter}s are bound from, and
 * the organization and module its errors name. One small record per kind of input, each holding
 * exactly what its statements need, never {@code null}; a {@link PreparedCall} is typed with the
 * kind it takes, so an operation cannot pass too little, and {@link PreparedCall#render} checks once
 * that the kind supplies every parameter of the statement.
 */
sealed interface Target {

  /** A call about nothing in particular (the catalog, the schema). */
  None NONE = new None();

  /**
   * The organization the call's errors name.
   *
   * @return it, or {@code null} where the call is about none
   */
  default @Nullable UUID orgId() {
    return null;
  }

  /**
   * The module the call's errors name.
   *
   * @return its slug, or {@code null} where the call is about none
   */
  default @Nullable String moduleId() {
    return null;
  }

  static ModuleId module(String moduleId) {
    return new ModuleId(moduleId);
  }

  static Org org(UUID orgId) {
    return new Org(orgId);
  }

  static OrgModule installation(UUID orgId, String moduleId) {
    return new OrgModule(orgId, moduleId);
  }

  static Definition definition(ModuleDefinition definition) {
    return new Definition(definition);
  }

  /** A page of an organization's history, of one module where {@code moduleId} is not null. */
  static HistoryQuery history(UUID orgId, @Nullable String moduleId, @Nullable HistoryCursor cursor, int limit) {
    return new HistoryQuery(orgId, moduleId, cursor == null ? Long.MAX_VALUE : cursor.beforeId(), limit + 1);
  }

  /** Retention: the events of every organization that occurred before a time. */
  static HistoryCutoff historyBefore(OffsetDateTime cutoff) {
    return new HistoryCutoff(cutoff);
  }

  /** A plan's steps for one organization, sent whole ({@link Parameter#DOCUMENT}). */
  static PlanDocument document(UUID orgId, String json) {
    return new PlanDocument(orgId, json);
  }

  /** A catalog's manifests, sent whole ({@link Parameter#DOCUMENT}). */
  static Document document(String json) {
    return new Document(json);
  }

  /** An input that names an organization ({@link Parameter#ORG}). */
  sealed interface OfOrg extends Target permits Org, OfInstallation, PlanDocument, HistoryQuery {
    @Override
    UUID orgId();
  }

  /** An input that names a module ({@link Parameter#MODULE}). */
  sealed interface OfModule extends Target permits ModuleId, Definition, OfInstallation {
    @Override
    String moduleId();
  }

  /** An input that names one installation: an organization and a module. */
  sealed interface OfInstallation extends OfOrg, OfModule permits OrgModule, WithSettings {}

  /** No values: the statement binds only the scope. */
  record None() implements Target {}

  /** One organization. */
  record Org(UUID orgId) implements OfOrg {
    public Org {
      Objects.requireNonNull(orgId, "orgId");
    }
  }

  /** One catalog module. */
  record ModuleId(String moduleId) implements OfModule {
    public ModuleId {
      Objects.requireNonNull(moduleId, "moduleId");
    }
  }

  /** One installation. */
  record OrgModule(UUID orgId, String moduleId) implements OfInstallation {
    public OrgModule {
      Objects.requireNonNull(orgId, "orgId");
      Objects.requireNonNull(moduleId, "moduleId");
    }

    /** The same installation, with settings JSON text (from {@link SettingsCodec#toJsonObject}). */
    WithSettings withSettings(String json) {
      return new WithSettings(orgId, moduleId, json);
    }
  }

  /**
   * One installation and settings or a patch ({@link Parameter#SETTINGS}).
   *
   * @param settings checked JSON object text
   */
  record WithSettings(UUID orgId, String moduleId, String settings) implements OfInstallation {
    public WithSettings {
      Objects.requireNonNull(orgId, "orgId");
      Objects.requireNonNull(moduleId, "moduleId");
      Objects.requireNonNull(settings, "settings");
    }
  }

  /** A catalog entry ({@link Parameter#NAME} and the rest); its errors name its module. */
  record Definition(ModuleDefinition definition) implements OfModule {
    public Definition {
      Objects.requireNonNull(definition, "definition");
    }

    @Override
    public String moduleId() {
      return definition.id();
    }
  }

  /** An input that carries a JSON document the call sends whole ({@link Parameter#DOCUMENT}). */
  sealed interface OfDocument extends Target permits PlanDocument, Document {
    /** The document's JSON text. */
    String document();
  }

  /** A plan's steps, applied as one statement for one organization. */
  record PlanDocument(UUID orgId, String document) implements OfOrg, OfDocument {
    public PlanDocument {
      Objects.requireNonNull(orgId, "orgId");
      Objects.requireNonNull(document, "document");
    }
  }

  /** A JSON document about no one organization: a catalog's manifests, a change version, organization ids. */
  record Document(String document) implements OfDocument {
    public Document {
      Objects.requireNonNull(document, "document");
    }
  }

  /**
   * A page of an organization's history ({@link History}).
   *
   * @param moduleId one module's events only ({@link Parameter#MODULE_FILTER}), or {@code null} for all
   * @param beforeId the page holds events with a smaller id ({@link Long#MAX_VALUE} for the first page)
   * @param fetch how many rows the page reads: its size plus one, to learn whether another follows
   */
  record HistoryQuery(UUID orgId, @Nullable String moduleId, long beforeId, int fetch) implements OfOrg {
    public HistoryQuery {
      Objects.requireNonNull(orgId, "orgId");
    }
  }

  /** Retention: events that occurred before {@code olderThan} ({@link Parameter#OLDER_THAN}), of every organization. */
  record HistoryCutoff(OffsetDateTime olderThan) implements Target {
    public HistoryCutoff {
      Objects.requireNonNull(olderThan, "olderThan");
    }
  }
}
