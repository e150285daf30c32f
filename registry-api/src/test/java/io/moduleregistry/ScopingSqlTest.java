package io.moduleregistry;

import static io.moduleregistry.db.Tables.MODULES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.Tenant;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;

/** Every statement is scoped the same way, and claims travel as bound parameters, never as SQL. */
class ScopingSqlTest {

  private static final String SCOPE = "select set_config('role', ?, true), set_config('request.jwt.claims', ?, true),"
      + " set_config('request.jwt.claim.sub', '', true), set_config('request.jwt.claim.role', '', true),"
      + " set_config('request.jwt.claim.email', '', true), set_config('request.jwt.claim', '', true);\n";

  @Test
  void everyCallStartsWithTheBoundScopeAndCarriesNoLiteralValues() throws IllegalAccessException {
    Statements calls = new Statements(DSL.using(SQLDialect.POSTGRES), new Rows(null));
    int checked = 0;
    for (Field field : Statements.class.getDeclaredFields()) {
      if (field.getType() == PreparedCall.class) {
        String sql = ((PreparedCall<?, ?>) field.get(calls)).sql();
        assertThat(sql).as(field.getName()).startsWith(SCOPE).doesNotContain("\u0000");
        assertThat(sql.substring(SCOPE.length())).as(field.getName() + " is one statement").doesNotContain(";");
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(17);
  }

  @Test
  void parametersAreFoundByNameOncePerStatement() {
    Statements statements = new Statements(DSL.using(SQLDialect.POSTGRES), new Rows(null));
    assertThat(statements.install.binds()).containsExactly("role", "claims", "org", "module", "settings");
    assertThat(statements.disable.binds()).containsExactly("role", "claims", "=false", "org", "module");
    assertThat(statements.registerModule.binds()).containsExactly("role", "claims", "module", "name", "description", "version");
    assertThat(statements.modules.binds()).containsExactly("role", "claims");
    assertThat(statements.isEnabled.sql().chars().filter(c -> c == '?').count()).isEqualTo(statements.isEnabled.binds().size());
  }

  @Test
  void aStatementWithAnUndeclaredParameterIsRefusedWhenRendered() {
    assertThatThrownBy(() -> PreparedCall.render(DSL.using(SQLDialect.POSTGRES), Target.ModuleId.class,
        DSL.selectFrom(MODULES).where(MODULES.ID.eq(DSL.param("nope", SQLDataType.VARCHAR))), Rows::any))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'nope'");
  }

  /**
   * A call cannot pass a target that lacks a value: its {@link Target} kind is in the call's type
   * (passing {@code Target.NONE} to {@code deleteModule} does not compile). What the compiler cannot
   * see, a statement that uses a parameter its declared kind does not supply, is refused when the
   * statement is rendered, before any call runs.
   */
  @Test
  void aStatementWhoseTargetKindLacksAValueIsRefusedWhenRendered() {
    assertThatThrownBy(() -> PreparedCall.render(DSL.using(SQLDialect.POSTGRES), Target.None.class,
        DSL.deleteFrom(MODULES).where(MODULES.ID.eq(Parameter.MODULE.param())).returning(MODULES.ID), Rows::any))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'module'");
    assertThatThrownBy(() -> PreparedCall.render(DSL.using(SQLDialect.POSTGRES), Target.OrgModule.class,
        DSL.selectFrom(MODULES).where(MODULES.ID.eq(Parameter.MODULE.param()), MODULES.NAME.eq(Parameter.NAME.param())),
        Rows::any))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'name'");
  }

  @Test
  void hostileClaimsAreJustData() {
    RegistryDatabase db = RegistryDatabase.shared();
    Tenant acme = db.fixtures().tenant("Acme");
    ModuleRegistry registry = ModuleRegistry.create(db.appDataSource());
    registry.asService().registerModule(ModuleDefinition.of("sq-agency", "Agency"));
    registry.asService().install(acme.orgId(), "sq-agency");
    String claims = Claims.json(acme.member(), "note", "', true); set role service_role; --", "role", "service_role");
    UserScope member = registry.asClaims(claims);
    assertThat(member.isEnabled(acme.orgId(), "sq-agency")).isTrue();
    // Still a member: the claims' "role" and the quote in "note" changed nothing.
    assertThatThrownBy(() -> member.disable(acme.orgId(), "sq-agency"))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(member.settings(acme.orgId(), "sq-agency", Map.class)).isEmpty();
  }
}
