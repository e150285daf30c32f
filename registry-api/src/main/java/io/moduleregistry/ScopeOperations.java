package io.moduleregistry;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The operations both scopes share. Arguments are checked first; then one prepared call, run as
 * the scope's identity in one round trip; then the result is returned, or the refusal explained.
 */
abstract class ScopeOperations implements RegistryScope {

  final Identity identity;
  final ScopedExecutor executor;
  final Calls calls;
  final SettingsCodec codec;

  ScopeOperations(Identity identity, ScopedExecutor executor, Calls calls, SettingsCodec codec) {
    this.identity = identity;
    this.executor = executor;
    this.calls = calls;
    this.codec = codec;
  }

  @Override
  public List<Module> modules() {
    return executor.run(calls.modules, identity, Action.READ, null, null);
  }

  @Override
  public Optional<Module> module(String moduleId) {
    ModuleIds.requireSlug(moduleId);
    return executor.run(calls.module, identity, Action.READ, null, moduleId, null, moduleId);
  }

  @Override
  public List<Installation> installations(UUID orgId) {
    ModuleIds.requireOrg(orgId);
    return executor.run(calls.installations, identity, Action.READ, orgId, null, orgId);
  }

  @Override
  public Optional<Installation> installation(UUID orgId, String moduleId) {
    checkOrgAndModule(orgId, moduleId);
    return executor.run(calls.installation, identity, Action.READ, orgId, moduleId, orgId, moduleId);
  }

  @Override
  public boolean isEnabled(UUID orgId, String moduleId) {
    checkOrgAndModule(orgId, moduleId);
    return executor.run(calls.isEnabled, identity, Action.READ, orgId, moduleId, orgId, moduleId);
  }

  @Override
  public Installation install(UUID orgId, String moduleId) {
    return install(orgId, moduleId, Map.of());
  }

  @Override
  public Installation install(UUID orgId, String moduleId, Object settings) {
    checkOrgAndModule(orgId, moduleId);
    String json = codec.toJsonObject(settings, "settings", orgId, moduleId);
    return executor.run(calls.install, identity, Action.INSTALL, orgId, moduleId, orgId, moduleId, json);
  }

  @Override
  public void uninstall(UUID orgId, String moduleId) {
    checkOrgAndModule(orgId, moduleId);
    if (!executor.run(calls.uninstall, identity, Action.UNINSTALL, orgId, moduleId, orgId, moduleId)) {
      throw refusal(Action.UNINSTALL, orgId, moduleId);
    }
  }

  @Override
  public Installation enable(UUID orgId, String moduleId) {
    checkOrgAndModule(orgId, moduleId);
    return changed(calls.enable, Action.ENABLE, orgId, moduleId, null);
  }

  @Override
  public Installation disable(UUID orgId, String moduleId) {
    checkOrgAndModule(orgId, moduleId);
    return changed(calls.disable, Action.DISABLE, orgId, moduleId, null);
  }

  @Override
  public <T> T settings(UUID orgId, String moduleId, Class<T> type) {
    checkOrgAndModule(orgId, moduleId);
    Objects.requireNonNull(type, "type must not be null");
    JsonNode settings = executor.run(calls.settings, identity, Action.READ, orgId, moduleId, orgId, moduleId)
        .orElseThrow(() -> SqlErrors.notInstalled(orgId, moduleId));
    return codec.read(settings, type, orgId, moduleId);
  }

  @Override
  public Installation replaceSettings(UUID orgId, String moduleId, Object settings) {
    checkOrgAndModule(orgId, moduleId);
    String json = codec.toJsonObject(settings, "settings", orgId, moduleId);
    return changed(calls.replaceSettings, Action.CONFIGURE, orgId, moduleId, json);
  }

  @Override
  public Installation mergeSettings(UUID orgId, String moduleId, Object patch) {
    checkOrgAndModule(orgId, moduleId);
    String json = codec.toJsonObject(patch, "settings patch", orgId, moduleId);
    return changed(calls.mergeSettings, Action.CONFIGURE, orgId, moduleId, json);
  }

  private Installation changed(PreparedCall<Optional<Installation>> call, Action action, UUID orgId, String moduleId,
      String json) {
    return executor.run(call, identity, action, orgId, moduleId, orgId, moduleId, json)
        .orElseThrow(() -> refusal(action, orgId, moduleId));
  }

  /**
   * Why a write changed nothing, asked in a second round trip only on this rare path: a caller
   * who can see the installation but may not write it is denied; otherwise it is not installed
   * (or, for a stranger, not visible, which reads the same, so a stranger learns nothing about
   * another org). Writes that succeed never pay for this question.
   */
  private RegistryException refusal(Action action, UUID orgId, String moduleId) {
    if (identity.isService()) {
      return SqlErrors.notInstalled(orgId, moduleId);
    }
    Rows.Report report = executor.run(calls.access, identity, Action.READ, orgId, moduleId, orgId, moduleId);
    if (report.visible() > 0 && !report.allowed()) {
      return SqlErrors.accessDenied(action, identity, orgId, moduleId, null);
    }
    return SqlErrors.notInstalled(orgId, moduleId);
  }

  private static void checkOrgAndModule(UUID orgId, String moduleId) {
    ModuleIds.requireOrg(orgId);
    ModuleIds.requireSlug(moduleId);
  }
}
