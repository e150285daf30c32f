package io.moduleregistry;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.ResultQuery;
import org.jspecify.annotations.Nullable;

/**
 * What a caller may ask of the registry, as one identity: a signed-in user ({@link UserScope}) or
 * the service itself ({@link ServiceScope}). Row-level security in the database decides what that
 * identity sees and may change; every call is one network round trip and one transaction.
 *
 * <p>Failures every method shares, besides those it lists:
 *
 * <ul>
 *   <li>Arguments are checked before any SQL is sent: a {@code null} gets a {@link
 *       NullPointerException} naming the argument, a module id that is not a slug an {@link
 *       IllegalArgumentException}; fix the argument.
 *   <li>{@link RegistryUnavailableException} (code {@link RegistryErrorCode#UNAVAILABLE}): the
 *       database cannot be reached, is restarting or out of connections; nothing changed; retry
 *       later. A read whose connection broke has already been retried once on a fresh one.
 *   <li>{@link RegistryOutcomeUnknownException} (code {@link RegistryErrorCode#OUTCOME_UNKNOWN}),
 *       writes only: the connection broke after the write was sent, so it may have been applied;
 *       read the state, then repeat the write only if it did not happen. Writes are never retried
 *       by the registry.
 *   <li>{@link RegistryConflictException} ({@link RegistryErrorCode#CONFLICT}: deadlock or
 *       serialization failure) and {@link RegistryTimeoutException} ({@link
 *       RegistryErrorCode#TIMEOUT}: statement or lock timeout): nothing changed; retry.
 *   <li>{@link RegistryReadOnlyException} ({@link RegistryErrorCode#READ_ONLY}), writes only: the
 *       database is a standby or read-only; nothing changed; connect to the primary.
 *   <li>{@link RegistryException} itself (code {@link RegistryErrorCode#UNEXPECTED}): any other
 *       database error, its message naming the organization, the module and the SQLSTATE; read the
 *       SQLSTATE (a database not migrated? run {@link ModuleRegistry#verifySchema()}).
 * </ul>
 *
 * <p><b>Settings</b> (of {@code install}, {@code replaceSettings}, {@code mergeSettings}) are a JSON
 * object of at most 64 KiB (65,536 bytes of its compact JSON text in UTF-8, as {@code jsonb} keeps
 * it: no whitespace, one member per key, numbers in plain notation; the database's check measures
 * the same), with no character U+0000 in it (PostgreSQL's {@code jsonb}
 * cannot store it). A {@code String} argument is JSON text: {@code "{\"rounding\":15}"} is the
 * object it spells, and text that is not a JSON object is refused. Any other value (a {@code Map},
 * a record, a {@code JsonNode}) is serialized by the registry's Jackson mapper. Settings that break
 * the rule get an {@link InvalidSettingsException} before any SQL is sent.
 *
 * <p>A failed call changes nothing, except that a write that ends in {@link
 * RegistryOutcomeUnknownException} may have been applied.
 */
public interface RegistryScope {

  /**
   * The catalog, ordered by module id (inactive modules included).
   *
   * @return every module; empty for a caller who may not read the catalog
   */
  List<Module> modules();

  /**
   * One catalog entry.
   *
   * @param moduleId a slug
   * @return the module, or empty when it is not in the catalog
   */
  Optional<Module> module(String moduleId);

  /**
   * The organization's installations that this caller can see, ordered by module id.
   *
   * @param orgId the organization
   * @return the installations; empty for an organization the caller is not a member of
   */
  List<Installation> installations(UUID orgId);

  /**
   * One installation.
   *
   * @param orgId the organization
   * @param moduleId a slug
   * @return the installation, or empty when it is not installed or not visible to this caller
   */
  Optional<Installation> installation(UUID orgId, String moduleId);

  /**
   * Whether the module is installed in the organization, enabled there, and active in the catalog.
   * The hot-path check: one indexed query, one round trip.
   *
   * @param orgId the organization
   * @param moduleId a slug
   * @return {@code false} also where the caller cannot see the organization
   */
  boolean isEnabled(UUID orgId, String moduleId);

  /**
   * Installs a module, enabled, with empty settings.
   *
   * @param orgId the organization
   * @param moduleId a slug
   * @return the new installation
   * @throws ModuleAlreadyInstalledException if it is installed already: enable it or change its settings instead
   * @throws ModuleNotFoundException if the module is not in the catalog: register it first
   * @throws ModuleInactiveException if the module is deactivated: activate it first
   * @throws OrganizationNotFoundException (service) if the organization does not exist: create it first
   * @throws AccessDeniedException (user) if the caller is not an owner or admin of the organization:
   *     act as one, or as the service
   */
  Installation install(UUID orgId, String moduleId);

  /**
   * Installs a module, enabled, with the given settings.
   *
   * @param orgId the organization
   * @param moduleId a slug
   * @param settings a JSON object (see the class comment): JSON text if a {@code String}, else any
   *     value Jackson serializes to one
   * @return the new installation
   * @throws InvalidSettingsException before any SQL, if the settings are not such an object: fix them
   * @see #install(UUID, String) the other failures
   */
  Installation install(UUID orgId, String moduleId, Object settings);

  /**
   * Removes an installation and its settings; the history keeps a record of it.
   *
   * @param orgId the organization
   * @param moduleId a slug
   * @throws ModuleNotInstalledException if it is not installed, or the caller cannot see it
   * @throws AccessDeniedException if the caller sees it but is not an owner or admin: act as one
   */
  void uninstall(UUID orgId, String moduleId);

  /**
   * Switches an installed module on.
   *
   * @param orgId the organization
   * @param moduleId a slug
   * @return the installation after the change
   * @throws ModuleNotInstalledException if it is not installed, or the caller cannot see it: install it first
   * @throws AccessDeniedException if the caller sees it but is not an owner or admin: act as one
   */
  Installation enable(UUID orgId, String moduleId);

  /**
   * Switches an installed module off; its settings stay.
   *
   * @param orgId the organization
   * @param moduleId a slug
   * @return the installation after the change
   * @throws ModuleNotInstalledException if it is not installed, or the caller cannot see it
   * @throws AccessDeniedException if the caller sees it but is not an owner or admin: act as one
   */
  Installation disable(UUID orgId, String moduleId);

  /**
   * The installation's settings, read through Jackson as the given type. For a map or a tree use
   * {@link #settingsMap} or {@link #settingsJson}, which need no unchecked cast.
   *
   * @param orgId the organization
   * @param moduleId a slug
   * @param type a type Jackson can read a JSON object into (a record, a bean, {@code JsonNode})
   * @param <T> the type
   * @return the settings
   * @throws ModuleNotInstalledException if it is not installed, or the caller cannot see it
   * @throws InvalidSettingsException if the stored settings do not fit the type: ask for one that fits
   */
  <T> T settings(UUID orgId, String moduleId, Class<T> type);

  /**
   * The installation's settings as a map: JSON objects become {@code Map}s, arrays {@code List}s,
   * numbers {@code Integer}, {@code Long}, {@code BigInteger} or {@code Double}, as Jackson reads them.
   *
   * @param orgId the organization
   * @param moduleId a slug
   * @return the settings, a mutable map of their own
   * @throws ModuleNotInstalledException if it is not installed, or the caller cannot see it: install it first
   */
  Map<String, Object> settingsMap(UUID orgId, String moduleId);

  /**
   * The installation's settings as a Jackson tree.
   *
   * @param orgId the organization
   * @param moduleId a slug
   * @return the settings, always a JSON object, a copy of their own
   * @throws ModuleNotInstalledException if it is not installed, or the caller cannot see it: install it first
   */
  JsonNode settingsJson(UUID orgId, String moduleId);

  /**
   * Replaces the settings as a whole.
   *
   * @param orgId the organization
   * @param moduleId a slug
   * @param settings a JSON object (see the class comment): JSON text if a {@code String}, else any
   *     value Jackson serializes to one
   * @return the installation after the change
   * @throws InvalidSettingsException before any SQL, if the settings are not such an object: fix them
   * @throws ModuleNotInstalledException if it is not installed, or the caller cannot see it: install it first
   * @throws AccessDeniedException if the caller sees it but is not an owner or admin: act as one
   */
  Installation replaceSettings(UUID orgId, String moduleId, Object settings);

  /**
   * Applies an RFC 7396 JSON merge patch to the settings, atomically in the database: members of
   * the patch replace or (recursively) merge, {@code null} members remove. Concurrent patches to
   * different keys all land.
   *
   * @param orgId the organization
   * @param moduleId a slug
   * @param patch a JSON object (see the class comment): JSON text if a {@code String}, else any value
   *     Jackson serializes to one
   * @return the installation after the change
   * @throws InvalidSettingsException before any SQL if the patch is not such an object, or if the
   *     merged settings would exceed 64 KiB: make the patch or the settings smaller
   * @throws ModuleNotInstalledException if it is not installed, or the caller cannot see it: install it first
   * @throws AccessDeniedException if the caller sees it but is not an owner or admin: act as one
   */
  Installation mergeSettings(UUID orgId, String moduleId, Object patch);

  /**
   * Computes, changing nothing, what the changes take in the organization: the ordered steps
   * (requirements installed or enabled before the modules that need them, transitively; modules that
   * need a removed one removed first), or every problem (a module not in the catalog or deactivated, a
   * range the catalog's version misses, a requirement the changes also remove, no right to change the
   * organization). A dry run as this caller: it reads only what row-level security lets the caller
   * see, in one round trip. Installed modules already as asked need no step.
   *
   * @param orgId the organization
   * @param changes what to change; a {@link Bundle}'s {@code install()} and the like give several
   * @return the plan, with steps or with problems ({@link Plan#feasible()})
   * @throws NullPointerException if an argument or a change is {@code null}
   */
  Plan plan(UUID orgId, List<ModuleChange> changes);

  /**
   * {@link #plan(UUID, List)} with the changes as arguments.
   *
   * @param orgId the organization
   * @param changes what to change
   * @return the plan
   */
  Plan plan(UUID orgId, ModuleChange... changes);

  /**
   * Applies a plan's steps in order, in ONE transaction and one round trip: all of them or none.
   * The database holds each step to the requirements as it holds single writes, so a plan made
   * stale by a concurrent change fails rather than leaving the organization inconsistent.
   *
   * @param plan a feasible plan from {@link #plan}
   * @throws RequirementsException ({@link RegistryErrorCode#REQUIREMENTS_UNMET}) if the plan has
   *     problems (all of them named), or the database refused a step because the state changed since
   *     it was planned: plan again
   * @throws AccessDeniedException if the caller may not change the organization: act as an owner or admin
   * @throws ModuleNotInstalledException if a step found nothing to change (a concurrent change): plan again
   */
  void apply(Plan plan);

  /**
   * Plans the changes and applies the plan (two round trips, one transaction for the writes).
   *
   * @param orgId the organization
   * @param changes what to change; {@code bundle.install()} installs a bundle
   * @return the plan applied
   * @throws RequirementsException naming every problem, if the changes cannot be made; nothing changed
   * @see #apply(Plan) the other failures
   */
  Plan change(UUID orgId, List<ModuleChange> changes);

  /**
   * Installs a module and, first, whatever it requires that is not installed and enabled (okapi's
   * "install with dependencies").
   *
   * @param orgId the organization
   * @param moduleId a slug
   * @return the plan applied (empty steps if it was installed and enabled already)
   * @throws RequirementsException naming every problem (a requirement missing from the catalog,
   *     deactivated or out of range); nothing changed
   * @see #apply(Plan) the other failures
   */
  Plan installWithRequirements(UUID orgId, String moduleId);

  /**
   * Uninstalls a module and, first, every installed module that needs it, transitively.
   *
   * @param orgId the organization
   * @param moduleId a slug
   * @return the plan applied (empty steps if it was not installed)
   * @see #apply(Plan) the failures
   */
  Plan uninstallWithDependents(UUID orgId, String moduleId);

  /**
   * Runs a service's own jOOQ query (built with the classes the code generator made for its own
   * tables, or any other) as this scope's caller, in ONE round trip: the role and claims this
   * scope's registry calls use are set transaction-local in the same batch as the statement, so
   * the service's own row-level security policies (for example with {@code
   * module_registry.member_org_ids()}) decide what it sees. Where the registry's {@link
   * ConnectionSource} says the caller has a transaction open, the query joins it and the caller's
   * role and claims are restored in the same round trip; otherwise it commits on its own.
   *
   * <p>Records come back detached (store them through this scope again, not with {@code
   * record.store()}). The query is rendered for PostgreSQL with jOOQ's default settings and must
   * be one statement; while it runs it must not be used by another thread (jOOQ's rule for any
   * query). For the registry's own tables use this scope's methods, which keep the snapshot true.
   *
   * @param query a {@code select}, or an {@code insert}/{@code update}/{@code delete ... returning}
   * @param <R> the record type
   * @return the rows
   * @throws NullPointerException if the query is {@code null}, before any SQL
   * @throws IllegalStateException if jOOQ would run it as a static statement, a call or a batch:
   *     use jOOQ's default statement type, or {@link #inTransaction(JdbcWork)}
   * @throws AccessDeniedException (SQLSTATE 42501) if a policy or a missing grant refused it:
   *     act as a caller the policy admits, or grant the role what the statement needs
   * @throws RegistryException with code {@link RegistryErrorCode#UNEXPECTED} for any other error
   *     of the statement (your own constraints among them): PostgreSQL's message and SQLSTATE in
   *     the message, the {@link java.sql.SQLException} its cause; nothing was changed. The failures
   *     every call shares (see the class comment) apply; only a {@code select} is retried once on a
   *     broken connection, any other statement's outcome is then unknown.
   */
  <R extends Record> Result<R> fetch(ResultQuery<R> query);

  /**
   * Runs a service's own jOOQ statement ({@code insert}, {@code update}, {@code delete}, or any
   * other one statement) as this scope's caller, in ONE round trip, as {@link #fetch} does.
   *
   * @param query the statement
   * @return the rows it changed, as JDBC counts them
   * @throws NullPointerException if the query is {@code null}, before any SQL
   * @throws IllegalStateException if jOOQ would run it as a static statement, a call or a batch
   * @throws AccessDeniedException if a policy or a missing grant refused it (a row an {@code
   *     insert} or {@code with check} refuses; a row RLS filters is not an error: the count is 0)
   * @throws RegistryException with code {@link RegistryErrorCode#UNEXPECTED} for any other error, as
   *     for {@link #fetch}; a write whose connection broke after it was sent ends in {@link
   *     RegistryOutcomeUnknownException}
   */
  int execute(Query query);

  /**
   * Runs a service's own JDBC work in ONE transaction as this scope's caller: the role and claims
   * are set (one round trip), the work runs on the same connection, and the transaction commits
   * when it returns or rolls back when it throws. Where the registry's {@link ConnectionSource}
   * says the caller has a transaction open, the work joins it instead (nothing is committed; the
   * caller's transaction decides) and the caller's role and claims are restored afterwards. Wrap
   * the connection in jOOQ ({@code DSL.using(connection, SQLDialect.POSTGRES)}) to use generated
   * classes. The work must not change the role or the claims itself.
   *
   * @param work the statements; it must not commit, roll back, close or switch autoCommit
   * @param <T> what the work returns
   * @return what the work returned, after the commit
   * @throws NullPointerException if the work is {@code null}, before any SQL
   * @throws IllegalStateException if the work tries to commit, roll back, close or switch
   *     autoCommit: return or throw instead
   * @throws AccessDeniedException (SQLSTATE 42501) if a policy or a missing grant refused a
   *     statement: nothing was committed
   * @throws RegistryException translated from the work's {@link java.sql.SQLException} as for
   *     {@link #fetch} (nothing was committed; a broken connection during the commit ends in
   *     {@link RegistryOutcomeUnknownException}); any unchecked exception of the work itself comes
   *     through as it is, after the rollback
   */
  <T> T inTransaction(JdbcWork<T> work);

  /**
   * A page of an organization's installation history, newest first: who installed, enabled,
   * disabled, configured or uninstalled which module, when, and which settings keys changed. One
   * round trip, as this scope's identity under row-level security: members read the events, and
   * only owners, admins and the service read past settings values ({@link
   * HistoryEvent#settingsVisible()}); a stranger to the organization gets an empty page. Pages are
   * keyset-paginated: pass the previous page's {@link HistoryPage#next()} to read older events;
   * events written meanwhile never shift a page.
   *
   * @param orgId the organization
   * @param moduleId one module's history only, or {@code null} for every module's
   * @param cursor where the page starts ({@link HistoryPage#next()} of the previous page), or
   *     {@code null} for the newest events
   * @param limit most events on the page, 1 to 1,000
   * @return the page; {@link HistoryPage#next()} is {@code null} on the last one
   * @throws NullPointerException if orgId is {@code null}: pass the organization
   * @throws IllegalArgumentException if moduleId is not a slug, or limit is outside 1 to 1,000: ask
   *     for fewer and follow the cursor
   */
  HistoryPage history(UUID orgId, @Nullable String moduleId,
      @Nullable HistoryCursor cursor, int limit);
}
