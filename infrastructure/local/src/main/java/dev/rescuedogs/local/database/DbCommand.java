package dev.rescuedogs.local.database;

import dev.rescuedogs.store.migration.MigrationOutcome;
import dev.rescuedogs.store.migration.MigrationRecord;
import dev.rescuedogs.store.migration.Migrations;
import dev.rescuedogs.store.status.DatabaseStatus;
import dev.rescuedogs.store.status.TextTable;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code db migrate|status}: the schema and what the database holds. */
@Command(
    name = "db",
    description = "Migrate the database and report its state.",
    mixinStandardHelpOptions = true,
    subcommands = {DbCommand.MigrateCommand.class, DbCommand.StatusCommand.class})
public final class DbCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "migrate", description = "Apply pending migrations.", mixinStandardHelpOptions = true)
  static final class MigrateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DatabaseOptions databaseOptions;

    @Override
    public Integer call() {
      try (LocalDatabase database = LocalDatabase.open(databaseOptions)) {
        MigrationOutcome outcome = database.migrate();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
            "%s: applied %d migration%s, schema version %s%n",
            database.describe(),
            outcome.appliedCount(),
            outcome.appliedCount() == 1 ? "" : "s",
            outcome.currentVersion());
        out.flush();
      }
      return 0;
    }
  }

  @Command(
      name = "status",
      description =
          "Migration state, dogs per status and confidence, last session per organization, "
              + "sessions still running long after they should have ended.",
      mixinStandardHelpOptions = true)
  static final class StatusCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DatabaseOptions databaseOptions;

    @Option(
        names = "--stale-after",
        paramLabel = "DURATION",
        defaultValue = "PT1H",
        description = "A running session older than this is reported as stale (ISO-8601, default ${DEFAULT-VALUE}).")
    Duration staleAfter;

    @Override
    public Integer call() {
      try (LocalDatabase database = LocalDatabase.open(databaseOptions)) {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Database: " + database.describe());
        out.println();
        printMigrations(out, Migrations.status(database.dataSource()));
        out.println();
        out.print(DatabaseStatus.read(database.dataSource(), staleAfter).toText());
        out.flush();
      }
      return 0;
    }

    private static void printMigrations(PrintWriter out, List<MigrationRecord> migrations) {
      TextTable table =
          new TextTable(
              List.of("VERSION", "DESCRIPTION", "STATE", "INSTALLED ON"),
              List.of(true, false, false, false));
      for (MigrationRecord migration : migrations) {
        table.add(
            List.of(
                String.valueOf(migration.version()),
                migration.description(),
                migration.state(),
                migration.installedOn() == null ? "-" : migration.installedOn().toString()));
      }
      out.println("Migrations");
      out.print(table.render());
    }
  }
}
