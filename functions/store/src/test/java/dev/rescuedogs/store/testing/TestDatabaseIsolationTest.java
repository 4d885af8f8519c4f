package dev.rescuedogs.store.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rescuedogs.store.connection.ConnectionSettings;
import dev.rescuedogs.store.connection.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TestDatabaseIsolationTest {

  @RegisterExtension static final TestDatabase first = new TestDatabase();
  @RegisterExtension static final TestDatabase second = new TestDatabase();

  @Test
  void twoInstancesGetTwoDifferentTestDatabases() {
    assertThat(first.databaseName()).startsWith(TestDatabaseGuard.PREFIX);
    assertThat(second.databaseName()).startsWith(TestDatabaseGuard.PREFIX);
    assertThat(first.databaseName()).isNotEqualTo(second.databaseName());
    assertThat(first.jdbcUrl()).endsWith("/" + first.databaseName());
  }

  @Test
  void aTableInOneDatabaseIsInvisibleInTheOther() throws SQLException {
    execute(first.dataSource(), "CREATE TABLE only_here (id int)");

    assertThat(tableExists(first.dataSource(), "only_here")).isTrue();
    assertThat(tableExists(second.dataSource(), "only_here")).isFalse();
  }

  @Test
  void theNewDatabaseStartsEmpty() throws SQLException {
    TestDatabase fresh = new TestDatabase();
    fresh.open();
    try {
      assertThat(tableExists(fresh.dataSource(), "only_here")).isFalse();
    } finally {
      fresh.close();
    }
  }

  @Test
  void closeDropsTheDatabase() throws SQLException {
    TestDatabase temporary = new TestDatabase();
    temporary.open();
    String name = temporary.databaseName();
    assertThat(databaseExists(name)).isTrue();

    temporary.close();

    assertThat(databaseExists(name)).isFalse();
    assertThatThrownBy(temporary::dataSource)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not open");
  }

  @Test
  void environmentPointsAtTheSameDatabase() throws SQLException {
    ConnectionSettings fromEnvironment =
        ConnectionSettings.fromEnvironment(first.environment()).orElseThrow();

    assertThat(fromEnvironment.database()).isEqualTo(first.databaseName());
    try (Connection connection =
        TestDatabaseGuard.guard(Database.dataSource(fromEnvironment)).getConnection()) {
      assertThat(connection.getCatalog()).isEqualTo(first.databaseName());
    }
  }

  private static boolean databaseExists(String name) throws SQLException {
    try (Connection connection = second.dataSource().getConnection();
        PreparedStatement query =
            connection.prepareStatement("SELECT count(*) FROM pg_database WHERE datname = ?")) {
      query.setString(1, name);
      try (ResultSet result = query.executeQuery()) {
        result.next();
        return result.getInt(1) == 1;
      }
    }
  }

  private static boolean tableExists(DataSource dataSource, String table) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
      query.setString(1, table);
      try (ResultSet result = query.executeQuery()) {
        result.next();
        return result.getBoolean(1);
      }
    }
  }

  private static void execute(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
