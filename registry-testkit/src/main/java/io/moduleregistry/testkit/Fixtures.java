package io.moduleregistry.testkit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Test data written as the database owner (RLS does not apply): users, organizations,
 * memberships, catalog entries and installations. Every method runs one statement and commits.
 */
public final class Fixtures {

  private final DataSource owner;

  Fixtures(DataSource owner) {
    this.owner = Objects.requireNonNull(owner, "owner");
  }

  /**
   * Creates a user in {@code auth.users}.
   *
   * @return the new user's id
   */
  public UUID user() {
    UUID id = UUID.randomUUID();
    update("insert into auth.users (id, email) values (?, ?)", id, id + "@example.test");
    return id;
  }

  /**
   * Creates an organization.
   *
   * @param name its name, not blank
   * @return the new organization's id
   */
  public UUID organization(String name) {
    Objects.requireNonNull(name, "name");
    UUID id = UUID.randomUUID();
    update("insert into public.organizations (id, name) values (?, ?)", id, name);
    return id;
  }

  /**
   * Makes a user a member of an organization.
   *
   * @param orgId the organization
   * @param userId the user
   * @param role the member's role
   */
  public void member(UUID orgId, UUID userId, MemberRole role) {
    Objects.requireNonNull(role, "role");
    update("insert into public.org_members (org_id, user_id, role) values (?, ?, ?)",
        Objects.requireNonNull(orgId, "orgId"), Objects.requireNonNull(userId, "userId"), role.sqlValue());
  }

  /**
   * Creates an organization with a fresh owner, admin and member.
   *
   * @param name the organization's name
   * @return the organization and its three users
   */
  public Tenant tenant(String name) {
    Tenant tenant = new Tenant(organization(name), user(), user(), user());
    for (MemberRole role : MemberRole.values()) {
      member(tenant.orgId(), tenant.user(role), role);
    }
    return tenant;
  }

  /**
   * Adds an active module to the catalog, or leaves an existing one as it is.
   *
   * @param id the module's slug
   * @param name its display name
   */
  public void module(String id, String name) {
    update("insert into public.modules (id, name) values (?, ?) on conflict (id) do nothing",
        Objects.requireNonNull(id, "id"), Objects.requireNonNull(name, "name"));
  }

  /**
   * Installs a module for an organization, enabled, with empty settings.
   *
   * @param orgId the organization
   * @param moduleId the module, which must be in the catalog and active
   */
  public void install(UUID orgId, String moduleId) {
    update("insert into public.org_modules (org_id, module_id) values (?, ?)",
        Objects.requireNonNull(orgId, "orgId"), Objects.requireNonNull(moduleId, "moduleId"));
  }

  /**
   * Runs one query as the owner and returns the first column of its single row.
   *
   * @param sql a query with {@code ?} parameters
   * @param parameters bound in order
   * @return the value, or {@code null} when there is no row
   */
  public @Nullable Object queryValue(String sql, Object... parameters) {
    try (Connection c = owner.getConnection(); PreparedStatement s = prepare(c, sql, parameters);
         ResultSet rs = s.executeQuery()) {
      return rs.next() ? rs.getObject(1) : null;
    } catch (SQLException e) {
      throw new IllegalStateException("fixture query failed: " + sql + ": " + e.getMessage(), e);
    }
  }

  /**
   * Runs one statement as the owner.
   *
   * @param sql a statement with {@code ?} parameters
   * @param parameters bound in order
   * @return the update count
   */
  public int update(String sql, Object... parameters) {
    try (Connection c = owner.getConnection(); PreparedStatement s = prepare(c, sql, parameters)) {
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("fixture statement failed: " + sql + ": " + e.getMessage(), e);
    }
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      s.setObject(i + 1, parameters[i]);
    }
    return s;
  }
}
