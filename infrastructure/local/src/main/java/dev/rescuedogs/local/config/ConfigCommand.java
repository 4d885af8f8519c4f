package dev.rescuedogs.local.config;

import dev.rescuedogs.local.database.DatabaseOptions;
import dev.rescuedogs.local.database.LocalDatabase;
import dev.rescuedogs.organizations.ConfigProblem;
import dev.rescuedogs.organizations.InvalidConfigException;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.organizations.OrganizationConfigs;
import dev.rescuedogs.store.organization.OrganizationSync;
import dev.rescuedogs.store.status.TextTable;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code config list|validate|sync}: the organization configs shipped with the platform. */
@Command(
    name = "config",
    description = "List, validate and sync the organization configs.",
    mixinStandardHelpOptions = true,
    subcommands = {
      ConfigCommand.ListCommand.class,
      ConfigCommand.ValidateCommand.class,
      ConfigCommand.SyncCommand.class
    })
public final class ConfigCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reads the shipped configs, or those of a folder a contributor is working on. */
  static final class Source {
    @Option(
        names = "--dir",
        paramLabel = "DIR",
        description = "Read the *.yaml configs of this folder instead of the shipped ones.")
    Path directory;

    List<OrganizationConfig> load() {
      return directory == null
          ? OrganizationConfigs.loadBundled()
          : OrganizationConfigs.loadDirectory(directory);
    }

    String describe() {
      return directory == null ? "shipped configs" : directory.toString();
    }
  }

  /** One line per problem on stderr, exit code 1. */
  static int reportProblems(PrintWriter err, List<ConfigProblem> problems) {
    for (ConfigProblem problem : problems) {
      err.println(problem.line());
    }
    err.println(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " found");
    err.flush();
    return 1;
  }

  @Command(
      name = "list",
      description = "A table of the organizations.",
      mixinStandardHelpOptions = true)
  static final class ListCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Source source;

    @Override
    public Integer call() {
      List<OrganizationConfig> configs;
      try {
        configs = source.load();
      } catch (InvalidConfigException e) {
        return reportProblems(spec.commandLine().getErr(), e.problems());
      }
      TextTable table =
          new TextTable(
              List.of("ID", "NAME", "COUNTRY", "ENABLED", "TECHNOLOGY", "LISTING URL"),
              List.of(false, false, false, false, false, false));
      for (OrganizationConfig config : configs) {
        List<URI> listingUrls = config.scraper().listingUrls();
        table.add(
            List.of(
                config.id(),
                config.name(),
                config.country(),
                config.enabled() ? "yes" : "no",
                config.scraper().technology().name().toLowerCase(Locale.ROOT),
                listingUrls.get(0)
                    + (listingUrls.size() > 1 ? " (+" + (listingUrls.size() - 1) + " more)" : "")));
      }
      PrintWriter out = spec.commandLine().getOut();
      out.print(table.render());
      long enabled = configs.stream().filter(OrganizationConfig::enabled).count();
      out.printf("%d organizations, %d enabled%n", configs.size(), enabled);
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "validate",
      description =
          "Check every config against the schema and the semantic rules; exit 1 on any problem.",
      mixinStandardHelpOptions = true)
  static final class ValidateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Source source;

    @Override
    public Integer call() {
      List<OrganizationConfig> configs;
      try {
        configs = source.load();
      } catch (InvalidConfigException e) {
        return reportProblems(spec.commandLine().getErr(), e.problems());
      }
      spec.commandLine()
          .getOut()
          .printf("%d configs valid (%s)%n", configs.size(), source.describe());
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  @Command(
      name = "sync",
      description =
          "Upsert the organizations into the database (disabled configs become inactive).",
      mixinStandardHelpOptions = true)
  static final class SyncCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Source source;
    @Mixin DatabaseOptions databaseOptions;

    @Override
    public Integer call() {
      List<OrganizationConfig> configs;
      try {
        configs = source.load();
      } catch (InvalidConfigException e) {
        return reportProblems(spec.commandLine().getErr(), e.problems());
      }
      try (LocalDatabase database = LocalDatabase.open(databaseOptions)) {
        database.migrate();
        var summary = new OrganizationSync(database.dataSource()).sync(configs);
        spec.commandLine()
            .getOut()
            .println(
                "Synced "
                    + configs.size()
                    + " organizations into "
                    + database.describe()
                    + ": "
                    + summary);
        spec.commandLine().getOut().flush();
      }
      return 0;
    }
  }
}
