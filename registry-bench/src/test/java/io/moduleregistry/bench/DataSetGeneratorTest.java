package io.moduleregistry.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.moduleregistry.ModuleRegistry;
import io.moduleregistry.schema.RegistrySchema;
import io.moduleregistry.testkit.RegistryDatabase;
import io.moduleregistry.testkit.ScratchDatabase;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** The small data set, loaded for real: the sizes, and Java's ids naming the same rows as SQL's. */
class DataSetGeneratorTest {

  @Test
  void loadsTheSmallSetWithIdsJavaCanName() throws SQLException {
    RegistryDatabase db = RegistryDatabase.shared();
    try (ScratchDatabase scratch = db.createScratchDatabase()) {
      RegistrySchema.migrate(scratch.dataSource());
      DataSetGenerator.generate(scratch.dataSource(), DataSet.SMALL);

      PGSimpleDataSource app = new PGSimpleDataSource();
      app.setUrl(scratch.jdbcUrl());
      app.setUser(RegistryDatabase.APP_ROLE);
      app.setPassword(db.appPassword());
      ModuleRegistry registry = ModuleRegistry.create(app);

      assertThat(registry.asService().modules()).hasSize(DataSet.MODULES + 1);
      int k = 417;
      assertThat(registry.asUser(DataSet.SMALL.member(k)).installations(DataSet.org(k))).hasSize(DataSet.MODULES);
      assertThat(registry.asUser(DataSet.SMALL.member(k)).isEnabled(DataSet.org(k), DataSet.module(3))).isTrue();
      assertThat(registry.asUser(DataSet.SMALL.member(k + 1)).isEnabled(DataSet.org(k), DataSet.module(3))).isFalse();
      registry.asUser(DataSet.SMALL.admin(k)).install(DataSet.org(k), DataSetGenerator.CYCLE_MODULE);
      registry.asUser(DataSet.SMALL.admin(k)).uninstall(DataSet.org(k), DataSetGenerator.CYCLE_MODULE);

      PGSimpleDataSource owner = (PGSimpleDataSource) scratch.dataSource();
      try (var c = owner.getConnection(); var s = c.createStatement();
           var rs = s.executeQuery("select (select count(*) from public.organizations), (select count(*) from public.org_modules),"
               + " (select count(*) from public.org_members), md5('org-1')::uuid")) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(DataSet.SMALL.orgs());
        assertThat(rs.getLong(2)).isEqualTo(DataSet.SMALL.installations());
        assertThat(rs.getLong(3)).isEqualTo(DataSet.SMALL.memberships());
        assertThat(rs.getObject(4)).isEqualTo(DataSet.org(1));
      }
    }
  }
}
