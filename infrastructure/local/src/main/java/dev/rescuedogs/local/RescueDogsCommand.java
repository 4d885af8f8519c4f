package dev.rescuedogs.local;

import dev.rescuedogs.local.config.ConfigCommand;
import dev.rescuedogs.local.database.DbCommand;
import dev.rescuedogs.local.invoke.InvokeCommand;
import dev.rescuedogs.local.pipeline.RestandardizeCommand;
import dev.rescuedogs.local.run.RunCommand;
import dev.rescuedogs.local.scrape.ParsePageCommand;
import dev.rescuedogs.local.scrape.ScrapeCommand;
import dev.rescuedogs.local.serve.ServeCommand;
import dev.rescuedogs.local.standardize.StandardizeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code rescuedogs}: the operators' command-line tool. Every sub-command works against the
 * database named by {@code DATABASE_URL} (or the {@code PG*} variables) and, when none is set,
 * against an embedded PostgreSQL whose data lives under {@code RESCUEDOGS_HOME}.
 */
@Command(
    name = "rescuedogs",
    mixinStandardHelpOptions = true,
    versionProvider = RescueDogsCommand.Version.class,
    description = "Rescue Dog Aggregator: configs, database, and the local pipeline.",
    subcommands = {
      RunCommand.class,
      ConfigCommand.class,
      DbCommand.class,
      ScrapeCommand.class,
      ParsePageCommand.class,
      StandardizeCommand.class,
      ServeCommand.class,
      RestandardizeCommand.class,
      InvokeCommand.class
    })
public final class RescueDogsCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(newCommandLine().execute(args));
  }

  /** The configured command line, also used by tests to run sub-commands in-process. */
  public static CommandLine newCommandLine() {
    CommandLine commandLine = new CommandLine(new RescueDogsCommand());
    commandLine.setExecutionExceptionHandler(
        (exception, cmd, parseResult) -> {
          // Operators get one clear line; the stack trace only when RESCUEDOGS_DEBUG is set.
          cmd.getErr().println(cmd.getColorScheme().errorText("error: " + describe(exception)));
          if (System.getenv("RESCUEDOGS_DEBUG") != null) {
            exception.printStackTrace(cmd.getErr());
          }
          return 2;
        });
    return commandLine;
  }

  private static String describe(Throwable exception) {
    StringBuilder message = new StringBuilder(String.valueOf(exception.getMessage()));
    for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null && !message.toString().contains(cause.getMessage())) {
        message.append(": ").append(cause.getMessage());
      }
    }
    return message.toString();
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = RescueDogsCommand.class.getPackage().getImplementationVersion();
      return new String[] {"rescuedogs " + (version == null ? "development build" : version)};
    }
  }
}
