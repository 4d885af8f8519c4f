package dev.rescuedogs.local.database;

import dev.rescuedogs.store.connection.ConnectionSettings;
import dev.rescuedogs.store.connection.Database;
import dev.rescuedogs.store.migration.MigrationOutcome;
import dev.rescuedogs.store.migration.Migrations;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The database a command works on: the one the options or the environment name, else an embedded
 * PostgreSQL started for the length of the command.
 */
public final class LocalDatabase implements AutoCloseable {
  private final DataSource dataSource;
  private final String description;
  private final EmbeddedDatabase embedded;

  private LocalDatabase(DataSource dataSource, String description, EmbeddedDatabase embedded) {
    this.dataSource = dataSource;
    this.description = description;
    this.embedded = embedded;
  }

  public static LocalDatabase open(DatabaseOptions options) {
    Optional<ConnectionSettings> configured =
        options.databaseUrl != null
            ? Optional.of(ConnectionSettings.parseUrl(options.databaseUrl))
            : ConnectionSettings.fromEnvironment(options.environment());
    if (configured.isPresent()) {
      ConnectionSettings settings = configured.get();
      return new LocalDatabase(Database.dataSource(settings), "PostgreSQL " + settings, null);
    }
    EmbeddedDatabase embedded = EmbeddedDatabase.start(options.embeddedDataDirectory());
    return new LocalDatabase(embedded.dataSource(), embedded.describe(), embedded);
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** Where the data is, without credentials: for messages. */
  public String describe() {
    return description;
  }

  public MigrationOutcome migrate() {
    return Migrations.migrate(dataSource);
  }

  @Override
  public void close() {
    if (embedded != null) {
      embedded.close();
    }
  }
}
