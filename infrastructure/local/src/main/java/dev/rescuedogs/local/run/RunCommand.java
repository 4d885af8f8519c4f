package dev.rescuedogs.local.run;

import dev.rescuedogs.local.database.DatabaseOptions;
import dev.rescuedogs.local.database.LocalDatabase;
import dev.rescuedogs.organizations.InvalidConfigException;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.organizations.OrganizationConfigs;
import dev.rescuedogs.store.migration.MigrationOutcome;
import dev.rescuedogs.store.organization.OrganizationSync;
import dev.rescuedogs.store.organization.SyncSummary;
import dev.rescuedogs.store.status.DatabaseStatus;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code run}: the main job, locally. Today it prepares the platform — validates the organization
 * configs, migrates the database, syncs the organizations and reports the database's state; the
 * weekly pipeline and the API join it as they are built.
 */
@Command(
    name = "run",
    description = "Run the platform locally on embedded defaults (configs, database, organizations).",
    mixinStandardHelpOptions = true)
public final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DatabaseOptions databaseOptions;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<OrganizationConfig> configs;
    try {
      configs = OrganizationConfigs.loadBundled();
    } catch (InvalidConfigException e) {
      e.problems().forEach(problem -> spec.commandLine().getErr().println(problem.line()));
      spec.commandLine().getErr().flush();
      return 1;
    }
    long enabled = configs.stream().filter(OrganizationConfig::enabled).count();
    out.printf("Configs: %d organizations valid, %d enabled%n", configs.size(), enabled);
    out.flush();

    try (LocalDatabase database = LocalDatabase.open(databaseOptions)) {
      out.println("Database: " + database.describe());
      MigrationOutcome migration = database.migrate();
      out.printf(
          "Migrations: %d applied, schema version %s%n",
          migration.appliedCount(), migration.currentVersion());
      SyncSummary sync = new OrganizationSync(database.dataSource()).sync(configs);
      out.println("Organizations: " + sync);
      out.println();
      out.print(DatabaseStatus.read(database.dataSource()).toText());
    }
    out.flush();
    return 0;
  }
}
