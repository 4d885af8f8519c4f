package dev.rescuedogs.local.database;

import dev.rescuedogs.store.backup.CatalogDump;
import dev.rescuedogs.store.backup.InvalidDumpException;
import dev.rescuedogs.store.migration.MigrationOutcome;
import dev.rescuedogs.store.migration.MigrationRecord;
import dev.rescuedogs.store.migration.Migrations;
import dev.rescuedogs.store.status.DatabaseStatus;
import dev.rescuedogs.store.status.TextTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code db migrate|status|export|import}: the schema, what the database holds, portable dumps. */
@Command(
    name = "db",
    description = "Migrate the database, report its state, export and import the catalog.",
    mixinStandardHelpOptions = true,
    subcommands = {
      DbCommand.MigrateCommand.class,
      DbCommand.StatusCommand.class,
      DbCommand.ExportCommand.class,
      DbCommand.ImportCommand.class
    })
public final class DbCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "migrate",
      description = "Apply pending migrations.",
      mixinStandardHelpOptions = true)
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
        description =
            "A running session older than this is reported as stale (ISO-8601, default ${DEFAULT-VALUE}).")
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

  @Command(
      name = "export",
      description =
          "Write the catalog (organizations, sessions, dogs, images, history) to a portable dump: "
              + "JSON lines, gzipped when FILE ends in .gz.",
      mixinStandardHelpOptions = true)
  static final class ExportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DatabaseOptions databaseOptions;

    @Option(
        names = "--out",
        paramLabel = "FILE",
        required = true,
        description = "Dump file to write.")
    Path file;

    @Override
    public Integer call() throws IOException {
      Path partial = file.resolveSibling(file.getFileName() + ".partial");
      Map<String, Long> counts;
      try (LocalDatabase database = LocalDatabase.open(databaseOptions);
          OutputStream out = DumpFiles.write(partial)) {
        counts = new CatalogDump(database.dataSource(), Clock.systemUTC()).exportTo(out);
      } catch (RuntimeException | IOException e) {
        Files.deleteIfExists(partial);
        throw e;
      }
      // Only a complete dump gets the requested name.
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
      PrintWriter out = spec.commandLine().getOut();
      out.println("Exported to " + file);
      out.print(countsTable(counts));
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "import",
      description =
          "Load a dump written by `db export` into an empty, migrated catalog, in one transaction.",
      mixinStandardHelpOptions = true)
  static final class ImportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DatabaseOptions databaseOptions;

    @Option(
        names = "--in",
        paramLabel = "FILE",
        required = true,
        description = "Dump file to read.")
    Path file;

    @Override
    public Integer call() throws IOException {
      if (!Files.isRegularFile(file)) {
        spec.commandLine().getErr().println("no dump at " + file);
        spec.commandLine().getErr().flush();
        return 1;
      }
      try (LocalDatabase database = LocalDatabase.open(databaseOptions);
          InputStream in = DumpFiles.read(file)) {
        database.migrate();
        Map<String, Long> counts =
            new CatalogDump(database.dataSource(), Clock.systemUTC()).importFrom(in);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Imported " + file + " into " + database.describe());
        out.print(countsTable(counts));
        out.flush();
        return 0;
      } catch (InvalidDumpException e) {
        spec.commandLine().getErr().println(file + ": " + e.getMessage());
        spec.commandLine().getErr().flush();
        return 1;
      }
    }
  }

  private static String countsTable(Map<String, Long> counts) {
    TextTable table = new TextTable(List.of("TABLE", "ROWS"), List.of(false, true));
    counts.forEach((name, rows) -> table.add(List.of(name, String.valueOf(rows))));
    return table.render();
  }
}
