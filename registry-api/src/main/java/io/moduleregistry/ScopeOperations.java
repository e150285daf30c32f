package io.moduleregistry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.ResultQuery;

/**
 * The operations both scopes share. Arguments are checked first; then one statement, run as the
 * scope's identity in one round trip; then the result is mapped, or the refusal explained.
 */
abstract class ScopeOperations implements RegistryScope {

  final Identity identity;
  final ScopedExecutor executor;
  final SettingsCodec codec;

  ScopeOperations(Identity identity, ScopedExecutor executor, SettingsCodec codec) {
    this.identity = identity;
    this.executor = executor;
    this.codec = codec;
  }

  @Override
  public List<Module> modules() {
    return run(Action.READ, null, null, Statements.modules()).map(Statements::module);
  }

  @Override
  public Optional<Module> module(String moduleId) {
    ModuleIds.requireSlug(moduleId);
    return run(Action.READ, null, moduleId, Statements.module(moduleId)).stream().findFirst().map(Statements::module);
  }

  @Override
  public List<Installation> installations(UUID orgId) {
    ModuleIds.requireOrg(orgId);
    return run(Action.READ, orgId, null, Statements.installations(orgId)).map(r -> Statements.installation(r, codec));
  }

  @Override
  public Optional<Installation> installation(UUID orgId, String moduleId) {
    checkOrgAndModule(orgId, moduleId);
    return run(Action.READ, orgId, moduleId, Statements.installation(orgId, moduleId)).stream().findFirst()
        .map(r -> Statements.installation(r, codec));
  }

  @Override
  public boolean isEnabled(UUID orgId, String moduleId) {
    checkOrgAndModule(orgId, moduleId);
    return run(Action.READ, orgId, moduleId, Statements.isEnabled(orgId, moduleId)).get(0).get(0, Boolean.class);
  }

  @Override
  public Installation install(UUID orgId, String moduleId) {
    return install(orgId, moduleId, JsonNodeFactory.instance.objectNode());
  }

  @Override
  public Installation install(UUID orgId, String moduleId, Object settings) {
    checkOrgAndModule(orgId, moduleId);
    JsonNode json = codec.toObject(settings, "settings", orgId, moduleId);
    return Statements.installation(run(Action.INSTALL, orgId, moduleId, Statements.install(orgId, moduleId, json)).get(0), codec);
  }

  @Override
  public void uninstall(UUID orgId, String moduleId) {
    checkOrgAndModule(orgId, moduleId);
    Record report = run(Action.UNINSTALL, orgId, moduleId, Statements.uninstall(orgId, moduleId)).get(0);
    if (report.get("deleted", Integer.class) == 0) {
      throw refusal(report, Action.UNINSTALL, orgId, moduleId);
    }
  }

  @Override
  public Installation enable(UUID orgId, String moduleId) {
    checkOrgAndModule(orgId, moduleId);
    return changed(Action.ENABLE, orgId, moduleId, Statements.setEnabled(orgId, moduleId, true));
  }

  @Override
  public Installation disable(UUID orgId, String moduleId) {
    checkOrgAndModule(orgId, moduleId);
    return changed(Action.DISABLE, orgId, moduleId, Statements.setEnabled(orgId, moduleId, false));
  }

  @Override
  public <T> T settings(UUID orgId, String moduleId, Class<T> type) {
    checkOrgAndModule(orgId, moduleId);
    java.util.Objects.requireNonNull(type, "type must not be null");
    Result<Record> rows = run(Action.READ, orgId, moduleId, Statements.settings(orgId, moduleId));
    if (rows.isEmpty()) {
      throw SqlErrors.notInstalled(orgId, moduleId);
    }
    return codec.read(codec.parse(Statements.json(rows.get(0).get(0))), type, orgId, moduleId);
  }

  @Override
  public Installation replaceSettings(UUID orgId, String moduleId, Object settings) {
    checkOrgAndModule(orgId, moduleId);
    JsonNode json = codec.toObject(settings, "settings", orgId, moduleId);
    return changed(Action.CONFIGURE, orgId, moduleId, Statements.replaceSettings(orgId, moduleId, json));
  }

  @Override
  public Installation mergeSettings(UUID orgId, String moduleId, Object patch) {
    checkOrgAndModule(orgId, moduleId);
    JsonNode json = codec.toObject(patch, "settings patch", orgId, moduleId);
    return changed(Action.CONFIGURE, orgId, moduleId, Statements.mergeSettings(orgId, moduleId, json));
  }

  /** Runs one statement as this scope's identity. */
  final Result<Record> run(Action action, UUID orgId, String moduleId, ResultQuery<?> query) {
    return executor.fetch(identity, action, orgId, moduleId, query);
  }

  private Installation changed(Action action, UUID orgId, String moduleId, ResultQuery<?> change) {
    Record report = run(action, orgId, moduleId, change).get(0);
    if (report.get("module_id") == null) {
      throw refusal(report, action, orgId, moduleId);
    }
    return Statements.installation(report, codec);
  }

  /**
   * Why a write changed nothing: a caller who can see the installation but may not write it is
   * denied; otherwise it is not installed (or, for a stranger, not visible, which reads the same,
   * so a stranger learns nothing about another org).
   */
  private RegistryException refusal(Record report, Action action, UUID orgId, String moduleId) {
    if (Statements.visible(report) > 0 && !identity.isService() && !Statements.allowed(report)) {
      return SqlErrors.accessDenied(action, identity, orgId, moduleId, null);
    }
    return SqlErrors.notInstalled(orgId, moduleId);
  }

  private static void checkOrgAndModule(UUID orgId, String moduleId) {
    ModuleIds.requireOrg(orgId);
    ModuleIds.requireSlug(moduleId);
  }
}
