package io.moduleregistry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.moduleregistry.PreparedCall.Slot;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.ResultQuery;

/**
 * Every statement of the facade, rendered once per registry. Arguments are named by their slot:
 * {@code org} (0), {@code module} (1), {@code json} (2, passed as the JSON text of a settings
 * object); the catalog's by theirs.
 */
final class Calls {

  private static final UUID ORG = new UUID(0x5107L, 0L);
  private static final String MODULE = "\u0000module";
  private static final JsonNode JSON = JsonNodeFactory.instance.objectNode();
  private static final List<Slot> SLOTS = List.of(new Slot(0, ORG), new Slot(1, MODULE), new Slot(2, JSON));

  private static final String ID = "\u0000id";
  private static final String NAME = "\u0000name";
  private static final String DESCRIPTION = "\u0000description";
  private static final String VERSION = "\u0000version";
  private static final List<Slot> DEFINITION = List.of(
      new Slot(0, ID), new Slot(1, NAME), new Slot(2, DESCRIPTION), new Slot(3, VERSION));

  final PreparedCall<List<Module>> modules;
  final PreparedCall<Optional<Module>> module;
  final PreparedCall<List<Installation>> installations;
  final PreparedCall<Optional<Installation>> installation;
  final PreparedCall<Boolean> isEnabled;
  final PreparedCall<Installation> install;
  final PreparedCall<Optional<Installation>> enable;
  final PreparedCall<Optional<Installation>> disable;
  final PreparedCall<Optional<Installation>> replaceSettings;
  final PreparedCall<Optional<Installation>> mergeSettings;
  final PreparedCall<Boolean> uninstall;
  final PreparedCall<Rows.Report> access;
  final PreparedCall<Optional<JsonNode>> settings;
  final PreparedCall<Module> registerModule;
  final PreparedCall<Optional<Module>> activateModule;
  final PreparedCall<Optional<Module>> deactivateModule;
  final PreparedCall<Boolean> deleteModule;
  final PreparedCall<List<String>> appliedMigrations;

  Calls(DSLContext dsl, Rows rows) {
    PreparedCall.Reader<Optional<Installation>> oneInstallation = rs -> Rows.first(rs, rows::installation);
    PreparedCall.Reader<Optional<Module>> oneModule = rs -> Rows.first(rs, Rows::module);
    modules = call(dsl, Statements.modules(), rs -> Rows.all(rs, Rows::module));
    module = call(dsl, Statements.module(MODULE), oneModule);
    installations = call(dsl, Statements.installations(ORG), rs -> Rows.all(rs, rows::installation));
    installation = call(dsl, Statements.installation(ORG, MODULE), oneInstallation);
    isEnabled = call(dsl, Statements.isEnabled(ORG, MODULE), Rows::firstBoolean);
    install = call(dsl, Statements.install(ORG, MODULE, JSON), rs -> oneInstallation.read(rs).orElseThrow());
    enable = call(dsl, Statements.setEnabled(ORG, MODULE, true), oneInstallation);
    disable = call(dsl, Statements.setEnabled(ORG, MODULE, false), oneInstallation);
    replaceSettings = call(dsl, Statements.replaceSettings(ORG, MODULE, JSON), oneInstallation);
    mergeSettings = call(dsl, Statements.mergeSettings(ORG, MODULE, JSON), oneInstallation);
    uninstall = call(dsl, Statements.uninstall(ORG, MODULE), Rows::any);
    access = call(dsl, Statements.access(ORG, MODULE), Rows::access);
    settings = call(dsl, Statements.settings(ORG, MODULE), rs -> Rows.first(rs, rows::settings));
    registerModule = PreparedCall.render(dsl,
        Statements.registerModule(ID, NAME, DESCRIPTION, VERSION), DEFINITION,
        rs -> oneModule.read(rs).orElseThrow());
    activateModule = call(dsl, Statements.setActive(MODULE, true), oneModule);
    deactivateModule = call(dsl, Statements.setActive(MODULE, false), oneModule);
    deleteModule = call(dsl, Statements.deleteModule(MODULE), Rows::any);
    appliedMigrations = call(dsl, Statements.appliedMigrations(), Rows::textArray);
  }

  /** Arguments of {@link #registerModule}, in slot order. */
  static Object[] arguments(ModuleDefinition d) {
    return new Object[] {d.id(), d.name(), d.description(), d.version()};
  }

  private static <T> PreparedCall<T> call(DSLContext dsl, ResultQuery<?> statement, PreparedCall.Reader<T> reader) {
    return PreparedCall.render(dsl, statement, SLOTS, reader);
  }
}
