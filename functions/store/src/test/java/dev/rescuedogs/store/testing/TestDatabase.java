package dev.rescuedogs.store.testing;

import dev.rescuedogs.store.connection.ConnectionSettings;
import dev.rescuedogs.store.connection.Database;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh, empty PostgreSQL database for one test class, dropped when the class is done.
 *
 * <pre>{@code
 * @RegisterExtension static final TestDatabase db = new TestDatabase();
 * }</pre>
 *
 * <p>The server is the one named by {@code DATABASE_URL} (or the {@code PG*} variables) when set;
 * otherwise an embedded PostgreSQL started once per JVM. Either way the database is created as
 * {@code rdtest_<random>}, and every connection handed out is checked by {@link TestDatabaseGuard}.
 * Outside JUnit, {@link #open()} and {@link #close()} do the same.
 */
public final class TestDatabase implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Supplier<ConnectionSettings> server;
  private ConnectionSettings adminAddress;
  private ConnectionSettings address;
  private DataSource dataSource;
  private Class<?> ownerClass;

  /** A database on the server from the environment, or on the embedded server when none is set. */
  public TestDatabase() {
    this(TestDatabase::serverFromEnvironment);
  }

  TestDatabase(Supplier<ConnectionSettings> server) {
    this.server = server;
  }

  /** The server's maintenance database: from the environment, else the embedded server. */
  static ConnectionSettings serverFromEnvironment() {
    return ConnectionSettings.fromEnvironment(System.getenv()).orElseGet(EmbeddedServer::address);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    // @Nested classes run beforeAll again for an inherited extension: only the declaring class
    // opens.
    if (ownerClass == null) {
      ownerClass = context.getRequiredTestClass();
      open();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (context.getRequiredTestClass() == ownerClass) {
      ownerClass = null;
      close();
    }
  }

  /** Creates the database; does nothing when it is already open. */
  public synchronized void open() {
    if (address != null) {
      return;
    }
    adminAddress = server.get();
    String name = TestDatabaseGuard.PREFIX + HexFormat.of().formatHex(randomBytes());
    TestDatabaseGuard.requireTestDatabaseName(name);
    execute(Database.dataSource(adminAddress), "CREATE DATABASE " + name);
    address = adminAddress.withDatabase(name);
    dataSource = TestDatabaseGuard.guard(Database.dataSource(address));
    // Connect once now so a server or permission problem fails here, not in the first test.
    try (Connection connection = dataSource.getConnection()) {
      connection.isValid(5);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot connect to the new test database " + address, e);
    }
  }

  /** Drops the database, closing any connection still attached to it. */
  @Override
  public synchronized void close() {
    if (address == null) {
      return;
    }
    String name = address.database();
    TestDatabaseGuard.requireTestDatabaseName(name);
    address = null;
    dataSource = null;
    // FORCE (PostgreSQL 13+) ends connections a test forgot to close.
    execute(Database.dataSource(adminAddress), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  /** Guarded data source of this class's database; connections are not pooled. */
  public synchronized DataSource dataSource() {
    requireOpen();
    return dataSource;
  }

  /** JDBC URL of the database, without credentials. */
  public String jdbcUrl() {
    return requireOpen().jdbcUrl();
  }

  /**
   * The database in {@code DATABASE_URL} form ({@code postgresql://user:password@host:port/db}).
   */
  public String databaseUrl() {
    return requireOpen().databaseUrl();
  }

  /** Environment variables that point a program under test at this database. */
  public Map<String, String> environment() {
    return Map.of("DATABASE_URL", databaseUrl());
  }

  public String user() {
    return requireOpen().user();
  }

  /** The password, or null when the server needs none (the embedded one trusts local users). */
  public String password() {
    return requireOpen().password();
  }

  public String databaseName() {
    return requireOpen().database();
  }

  private synchronized ConnectionSettings requireOpen() {
    if (address == null) {
      throw new IllegalStateException(
          "the test database is not open: register it as "
              + "'@RegisterExtension static final TestDatabase db = new TestDatabase();'"
              + " or call open() first");
    }
    return address;
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  private static void execute(DataSource admin, String sql) {
    try (Connection connection = admin.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("test database setup failed on '" + sql + "'", e);
    }
  }
}
