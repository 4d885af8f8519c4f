package dev.rescuedogs.local.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * A PostgreSQL server run by this process, with its data kept in a directory so that one command's
 * {@code db migrate} is still there for the next command's {@code db status}. Only one process can
 * use a data directory at a time.
 */
final class EmbeddedDatabase implements AutoCloseable {
  static final String USER = "postgres";
  static final String DATABASE = "rescuedogs";

  private final EmbeddedPostgres postgres;
  private final Path dataDirectory;

  private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
    this.postgres = postgres;
    this.dataDirectory = dataDirectory;
  }

  static EmbeddedDatabase start(Path dataDirectory) {
    try {
      Files.createDirectories(dataDirectory);
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setPGStartupWait(Duration.ofSeconds(60))
              .start();
      EmbeddedDatabase database = new EmbeddedDatabase(postgres, dataDirectory);
      database.createApplicationDatabase();
      return database;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "could not start the embedded PostgreSQL in "
              + dataDirectory
              + " (is another rescuedogs command using it?)",
          e);
    }
  }

  private void createApplicationDatabase() {
    try (var connection = postgres.getPostgresDatabase().getConnection();
        var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      exists.setString(1, DATABASE);
      try (var rows = exists.executeQuery()) {
        if (!rows.next()) {
          try (var create = connection.createStatement()) {
            create.execute("CREATE DATABASE " + DATABASE);
          }
        }
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("could not create database " + DATABASE, e);
    }
  }

  DataSource dataSource() {
    return postgres.getDatabase(USER, DATABASE);
  }

  String jdbcUrl() {
    return postgres.getJdbcUrl(USER, DATABASE);
  }

  String describe() {
    return "embedded PostgreSQL (data in " + dataDirectory + ", port " + postgres.getPort() + ")";
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException("could not stop the embedded PostgreSQL", e);
    }
  }
}
