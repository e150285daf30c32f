package io.moduleregistry;

import static io.moduleregistry.db.Tables.MODULES;
import static io.moduleregistry.db.Tables.ORG_MODULES;

import com.fasterxml.jackson.databind.JsonNode;
import io.moduleregistry.db.Routines;
import io.moduleregistry.db.tables.records.OrgModulesRecord;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.ResultQuery;
import org.jooq.UpdateSetMoreStep;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Every statement the facade sends, built with the generated classes. Each is ONE statement, so
 * that a call is one round trip. A write that RLS filters changes no row without an error; only
 * then does the facade ask {@link #access} why, so the successful path carries no extra work.
 */
final class Statements {

  /** The installation columns every installation statement returns (read by {@link Rows}). */
  private static final Field<?>[] INSTALLATION = {
      ORG_MODULES.ORG_ID, ORG_MODULES.MODULE_ID, ORG_MODULES.ENABLED, ORG_MODULES.INSTALLED_AT, ORG_MODULES.SETTINGS};

  private static final String VISIBLE = "visible";
  private static final String ALLOWED = "allowed";

  private Statements() {}

  static ResultQuery<?> modules() {
    return DSL.selectFrom(MODULES).orderBy(MODULES.ID);
  }

  static ResultQuery<?> module(String moduleId) {
    return DSL.selectFrom(MODULES).where(MODULES.ID.eq(moduleId));
  }

  static ResultQuery<?> installations(UUID orgId) {
    return DSL.select(INSTALLATION).from(ORG_MODULES).where(ORG_MODULES.ORG_ID.eq(orgId)).orderBy(ORG_MODULES.MODULE_ID);
  }

  static ResultQuery<?> installation(UUID orgId, String moduleId) {
    return DSL.select(INSTALLATION).from(ORG_MODULES).where(ORG_MODULES.ORG_ID.eq(orgId), ORG_MODULES.MODULE_ID.eq(moduleId));
  }

  static ResultQuery<?> isEnabled(UUID orgId, String moduleId) {
    return DSL.select(DSL.field(DSL.exists(DSL.selectOne()
        .from(ORG_MODULES).join(MODULES).on(MODULES.ID.eq(ORG_MODULES.MODULE_ID))
        .where(ORG_MODULES.ORG_ID.eq(orgId), ORG_MODULES.MODULE_ID.eq(moduleId),
            ORG_MODULES.ENABLED.isTrue(), MODULES.IS_ACTIVE.isTrue()))).as("enabled"));
  }

  static ResultQuery<?> install(UUID orgId, String moduleId, JsonNode settings) {
    return DSL.insertInto(ORG_MODULES, ORG_MODULES.ORG_ID, ORG_MODULES.MODULE_ID, ORG_MODULES.SETTINGS)
        .values(orgId, moduleId, settings)
        .returning(INSTALLATION);
  }

  static ResultQuery<?> setEnabled(UUID orgId, String moduleId, boolean enabled) {
    return change(orgId, moduleId, DSL.update(ORG_MODULES).set(ORG_MODULES.ENABLED, enabled));
  }

  static ResultQuery<?> replaceSettings(UUID orgId, String moduleId, JsonNode settings) {
    return change(orgId, moduleId, DSL.update(ORG_MODULES).set(ORG_MODULES.SETTINGS, settings));
  }

  /** RFC 7396 in SQL: the row lock serializes concurrent patches and each applies to the latest row. */
  static ResultQuery<?> mergeSettings(UUID orgId, String moduleId, JsonNode patch) {
    return change(orgId, moduleId, DSL.update(ORG_MODULES).set(ORG_MODULES.SETTINGS,
        Routines.jsonbMergePatch(ORG_MODULES.SETTINGS, DSL.val(patch, ORG_MODULES.SETTINGS.getDataType()))));
  }

  static ResultQuery<?> uninstall(UUID orgId, String moduleId) {
    return DSL.deleteFrom(ORG_MODULES)
        .where(ORG_MODULES.ORG_ID.eq(orgId), ORG_MODULES.MODULE_ID.eq(moduleId))
        .returning(ORG_MODULES.MODULE_ID);
  }

  /**
   * Why a write found nothing to change, asked only after it did: how many rows of the
   * installation the caller can see, and whether it may write them.
   */
  static ResultQuery<?> access(UUID orgId, String moduleId) {
    return DSL.select(
            DSL.count().as(VISIBLE),
            DSL.boolOr(DSL.condition("{0} = any ((select module_registry.admin_org_ids())::uuid[])", ORG_MODULES.ORG_ID))
                .as(ALLOWED))
        .from(ORG_MODULES)
        .where(ORG_MODULES.ORG_ID.eq(orgId), ORG_MODULES.MODULE_ID.eq(moduleId));
  }

  static ResultQuery<?> settings(UUID orgId, String moduleId) {
    return DSL.select(ORG_MODULES.SETTINGS).from(ORG_MODULES)
        .where(ORG_MODULES.ORG_ID.eq(orgId), ORG_MODULES.MODULE_ID.eq(moduleId));
  }

  static ResultQuery<?> registerModule(String id, String name, String description, String version) {
    return DSL.insertInto(MODULES, MODULES.ID, MODULES.NAME, MODULES.DESCRIPTION, MODULES.VERSION)
        .values(id, name, description, version)
        .onConflict(MODULES.ID).doUpdate()
        .set(MODULES.NAME, DSL.excluded(MODULES.NAME))
        .set(MODULES.DESCRIPTION, DSL.excluded(MODULES.DESCRIPTION))
        .set(MODULES.VERSION, DSL.excluded(MODULES.VERSION))
        .returning();
  }

  static ResultQuery<?> setActive(String moduleId, boolean active) {
    return DSL.update(MODULES).set(MODULES.IS_ACTIVE, active).where(MODULES.ID.eq(moduleId)).returning();
  }

  static ResultQuery<?> deleteModule(String moduleId) {
    return DSL.deleteFrom(MODULES).where(MODULES.ID.eq(moduleId)).returning(MODULES.ID);
  }

  static ResultQuery<?> appliedMigrations() {
    return DSL.select(DSL.function(DSL.name("module_registry", "applied_migrations"),
        SQLDataType.VARCHAR.array()).as("versions"));
  }

  /** A change to one installation, returning it as changed; no row when RLS filtered it or it is absent. */
  private static ResultQuery<?> change(UUID orgId, String moduleId, UpdateSetMoreStep<OrgModulesRecord> update) {
    return update.where(ORG_MODULES.ORG_ID.eq(orgId), ORG_MODULES.MODULE_ID.eq(moduleId)).returning(INSTALLATION);
  }
}
