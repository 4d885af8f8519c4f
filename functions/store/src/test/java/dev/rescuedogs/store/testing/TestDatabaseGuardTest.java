package dev.rescuedogs.store.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.rescuedogs.store.connection.ConnectionSettings;
import dev.rescuedogs.store.connection.Database;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TestDatabaseGuardTest {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  @Test
  void acceptsOnlyNamesWithTheTestPrefix() {
    assertThat(TestDatabaseGuard.isTestDatabaseName("rdtest_0a1b2c3d")).isTrue();
    assertThat(TestDatabaseGuard.isTestDatabaseName("rescuedogs")).isFalse();
    assertThat(TestDatabaseGuard.isTestDatabaseName("postgres")).isFalse();
    assertThat(TestDatabaseGuard.isTestDatabaseName("prod_rdtest_1")).isFalse();
    assertThat(TestDatabaseGuard.isTestDatabaseName("rdtest_")).isFalse();
    assertThat(TestDatabaseGuard.isTestDatabaseName("RDTEST_ABC")).isFalse();
    assertThat(TestDatabaseGuard.isTestDatabaseName(null)).isFalse();
  }

  @Test
  void refusesAConnectionToANonTestDatabase() {
    ConnectionSettings admin = TestDatabase.serverFromEnvironment();
    assumeFalse(
        TestDatabaseGuard.isTestDatabaseName(admin.database()),
        "the configured server's own database is a test database; nothing to refuse");
    DataSource guarded = TestDatabaseGuard.guard(Database.dataSource(admin));

    assertThatThrownBy(guarded::getConnection)
        .isInstanceOf(NotATestDatabaseException.class)
        .hasMessageContaining("Refusing to use database '" + admin.database() + "'")
        .hasMessageContaining("not a test database");
  }

  @Test
  void refusesANonTestNameBeforeTouchingAnything() {
    assertThatThrownBy(() -> TestDatabaseGuard.requireTestDatabaseName("rescuedogs"))
        .isInstanceOf(NotATestDatabaseException.class)
        .extracting(e -> ((NotATestDatabaseException) e).databaseName())
        .isEqualTo("rescuedogs");
  }

  @Test
  void handsOutConnectionsToTheTestDatabase() throws Exception {
    try (Connection connection = db.dataSource().getConnection()) {
      TestDatabaseGuard.requireTestDatabase(connection);
      assertThat(connection.getCatalog()).isEqualTo(db.databaseName());
    }
  }

  @Test
  void guardedDataSourceDoesNotUnwrapToTheUnguardedOne() {
    assertThatThrownBy(() -> db.dataSource().unwrap(org.postgresql.ds.PGSimpleDataSource.class))
        .hasMessageContaining("cannot be unwrapped");
  }
}
