package dev.rescuedogs.store.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Keeps tests away from real data: a database may be handed out, migrated or written to by tests
 * only when its name marks it as a throwaway test database ({@value #PREFIX} followed by lower-case
 * letters, digits or underscores).
 *
 * <p>The name is read from the live connection ({@code SELECT current_database()}), not from a URL,
 * so a proxy, a service file or a mistyped variable cannot make a real database look like a test
 * one.
 */
public final class TestDatabaseGuard {

  /** Name prefix of every database this library creates. */
  public static final String PREFIX = "rdtest_";

  private static final Pattern TEST_NAME = Pattern.compile(Pattern.quote(PREFIX) + "[a-z0-9_]+");

  private TestDatabaseGuard() {}

  /** Whether {@code name} marks a throwaway test database. */
  public static boolean isTestDatabaseName(String name) {
    return name != null && TEST_NAME.matcher(name).matches();
  }

  /**
   * Throws unless {@code name} is a test database name.
   *
   * @throws NotATestDatabaseException when it is not
   */
  public static void requireTestDatabaseName(String name) {
    if (!isTestDatabaseName(name)) {
      throw new NotATestDatabaseException(name);
    }
  }

  /**
   * Asks the server which database {@code connection} is attached to and throws unless it is a test
   * database.
   *
   * @throws NotATestDatabaseException when it is not
   * @throws SQLException when the server cannot be asked
   */
  public static void requireTestDatabase(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT current_database()")) {
      result.next();
      requireTestDatabaseName(result.getString(1));
    }
  }

  /**
   * Wraps {@code dataSource} so that every connection it hands out is checked first; a connection
   * to any other database is closed and refused.
   */
  public static DataSource guard(DataSource dataSource) {
    return dataSource instanceof GuardedDataSource ? dataSource : new GuardedDataSource(dataSource);
  }
}
