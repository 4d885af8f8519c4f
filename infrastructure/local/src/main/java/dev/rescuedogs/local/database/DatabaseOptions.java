package dev.rescuedogs.local.database;

import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Which database a command works on: {@code --database-url}, else {@code DATABASE_URL} or the
 * {@code PG*} variables, else an embedded PostgreSQL whose data lives in {@code --data-dir} ({@code
 * RESCUEDOGS_HOME/pgdata}, by default {@code ~/.rescuedogs/pgdata}).
 */
public final class DatabaseOptions {
  @Option(
      names = "--database-url",
      paramLabel = "URL",
      description =
          "PostgreSQL URL (postgres://user:pass@host:port/db or jdbc:postgresql://...). "
              + "Default: DATABASE_URL, then the PG* variables, then an embedded PostgreSQL.")
  String databaseUrl;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Data directory of the embedded PostgreSQL. Default: $RESCUEDOGS_HOME/pgdata.")
  Path dataDirectory;

  Map<String, String> environment() {
    return System.getenv();
  }

  Path embeddedDataDirectory() {
    if (dataDirectory != null) {
      return dataDirectory;
    }
    String home = environment().get("RESCUEDOGS_HOME");
    Path base =
        home == null || home.isBlank()
            ? Path.of(System.getProperty("user.home"), ".rescuedogs")
            : Path.of(home);
    return base.resolve("pgdata");
  }
}
