package dev.rescuedogs.store.connection;

import java.util.Map;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGSimpleDataSource;

/** Builds the connections the functions and the command-line tool use. */
public final class Database {

  private static final int CONNECT_TIMEOUT_SECONDS = 10;

  private Database() {}

  /**
   * A data source for the database named by {@code DATABASE_URL} or the {@code PG*} variables of
   * the process environment.
   *
   * @throws IllegalStateException when neither is set
   * @throws IllegalArgumentException when a variable is malformed
   */
  public static DataSource fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  /** Same as {@link #fromEnvironment()}, reading the given variables instead of the process's. */
  public static DataSource fromEnvironment(Map<String, String> env) {
    return dataSource(
        ConnectionSettings.fromEnvironment(env)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "no database configured: set DATABASE_URL"
                            + " (postgresql://user:password@host:port/database) or PGHOST, PGPORT,"
                            + " PGUSER, PGPASSWORD and PGDATABASE")));
  }

  /**
   * A plain, unpooled data source: each Lambda instance handles one event at a time and keeps at
   * most a connection or two, and the command-line tool runs one command; a pool would add start-up
   * cost for nothing.
   */
  public static DataSource dataSource(ConnectionSettings settings) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(settings.jdbcUrl());
    dataSource.setUser(settings.user());
    if (settings.password() != null) {
      dataSource.setPassword(settings.password());
    }
    if (!settings.parameters().containsKey("ApplicationName")) {
      dataSource.setApplicationName("rescuedogs");
    }
    if (!settings.parameters().containsKey("connectTimeout")) {
      dataSource.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
    }
    return dataSource;
  }

  /** A JDBI instance over {@code dataSource}, configured the same way for every caller. */
  public static Jdbi jdbi(DataSource dataSource) {
    return Jdbi.create(dataSource);
  }
}
