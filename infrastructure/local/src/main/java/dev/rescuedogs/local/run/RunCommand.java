package dev.rescuedogs.local.run;

import dev.rescuedogs.local.database.DatabaseOptions;
import dev.rescuedogs.local.database.LocalDatabase;
import dev.rescuedogs.local.serve.ApiServer;
import dev.rescuedogs.local.serve.HttpApiRoutes;
import dev.rescuedogs.local.serve.LocalApi;
import dev.rescuedogs.local.serve.StopSignal;
import dev.rescuedogs.local.stack.LocalStack;
import dev.rescuedogs.organizations.InvalidConfigException;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.organizations.OrganizationConfigs;
import dev.rescuedogs.store.connection.Database;
import dev.rescuedogs.store.migration.MigrationOutcome;
import dev.rescuedogs.store.organization.OrganizationSync;
import dev.rescuedogs.store.organization.SyncSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code run}: the main job, locally, in one process with no set-up — PostgreSQL (embedded, or
 * {@code DATABASE_URL}), in-process SQS- and S3-compatible servers, replay copies of the sites (or
 * the real ones), the weekly schedule fired through the real dispatch, scraper and standardize
 * handlers and queues with progress and a summary, then the API on http://127.0.0.1:3000 until
 * stopped.
 */
@Command(
    name = "run",
    description = {
      "Run the platform locally: database, queues and buckets, the weekly run through the real"
          + " functions (replay copies of the sites by default), then the API until stopped.",
      "Exit code (with --once): 0 when every organization's run succeeded, 1 otherwise."
    },
    mixinStandardHelpOptions = true)
public final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DatabaseOptions databaseOptions;

  @Option(names = "--once", description = "Exit after the summary instead of serving the API.")
  boolean once;

  @Option(
      names = "--live",
      description =
          "Scrape the organizations' real sites (politely, slowly) instead of replay copies.")
  boolean live;

  @Option(
      names = "--org",
      paramLabel = "ID",
      description =
          "Run only this organization (repeatable); default: the scheduled event, every enabled one.")
  List<String> organizations = new ArrayList<>();

  @Option(
      names = "--sites",
      paramLabel = "DIR",
      description =
          "Folder of replay copies, one per organization id. Default: the copies bundled with the tool.")
  Path sites;

  @Option(
      names = "--port",
      defaultValue = "3000",
      description = "API port on 127.0.0.1 (0: any free port). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(
      names = "--template",
      paramLabel = "FILE",
      description =
          "SAM template whose HttpApi events route the API. Default: the nearest template.yaml.")
  Path template;

  final CountDownLatch started = new CountDownLatch(1);
  final CountDownLatch stop = new CountDownLatch(1);
  volatile ApiServer server;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    List<OrganizationConfig> configs;
    try {
      configs = OrganizationConfigs.loadBundled();
    } catch (InvalidConfigException e) {
      e.problems().forEach(problem -> spec.commandLine().getErr().println(problem.line()));
      spec.commandLine().getErr().flush();
      return 1;
    }
    List<OrganizationConfig> selected = LocalRun.select(configs, organizations);
    HttpApiRoutes routes = once ? null : HttpApiRoutes.forTemplate(template);
    out.printf(
        "Configs: %d organizations valid, %d enabled%n",
        configs.size(), configs.stream().filter(OrganizationConfig::enabled).count());
    out.flush();

    try (LocalDatabase database = LocalDatabase.open(databaseOptions)) {
      out.println("Database: " + database.describe());
      MigrationOutcome migration = database.migrate();
      out.printf(
          "Migrations: %d applied, schema version %s%n",
          migration.appliedCount(), migration.currentVersion());
      SyncSummary sync = new OrganizationSync(database.dataSource()).sync(configs);
      out.println("Organizations: " + sync);
      // The stack outlives the run while the API serves: stored images are read from its bucket.
      try (LocalStack stack = LocalStack.start()) {
        out.printf(
            "Queues: %s (SQS-compatible); buckets: %s (S3-compatible)%n",
            stack.sqsEndpoint(), stack.s3Endpoint());
        out.flush();
        LocalRun.Result result =
            new LocalRun(out, Clock.systemUTC())
                .run(stack, database.dataSource(), configs, live, sites, organizations);
        printSummary(out, result, selected.size());
        if (once) {
          return result.succeeded() ? 0 : 1;
        }
        serve(out, database.dataSource(), routes);
      }
    }
    return 0;
  }

  private static void printSummary(PrintWriter out, LocalRun.Result result, int selected) {
    out.println();
    if (result.rows().isEmpty()) {
      out.printf("Nothing ran: none of the %d organizations asked for could run here.%n", selected);
      out.flush();
      return;
    }
    out.println("Run " + result.runId() + ":");
    out.print(SummaryTable.render(result.rows()));
    int imagesFailed = result.rows().stream().mapToInt(SummaryTable.Row::imagesFailed).sum();
    if (!result.live() && imagesFailed > 0) {
      out.printf(
          "Images: %d not copied: a replay copy serves only the photos it holds (--live copies"
              + " them from the sites).%n",
          imagesFailed);
    }
    out.printf(
        "Dead-letter queues: %s. Took %s.%n",
        result.deadLetters() == 0 ? "empty" : result.deadLetters() + " messages",
        SummaryTable.duration(result.took()));
    if (result.runSummary() != null) {
      // What operators receive on the info topic (and read at /api/monitoring/runs).
      out.println();
      out.println("Run summary, as the info topic receives it: " + result.runSummary().subject());
      out.print(result.runSummary().toText());
    }
    out.flush();
  }

  private void serve(PrintWriter out, DataSource database, HttpApiRoutes routes)
      throws InterruptedException {
    try (LocalApi api = LocalApi.start(database, routes, null, port, 32, 8)) {
      server = api.server();
      String base = api.url();
      out.println();
      out.println("The API is on " + base + " (routes: " + routes.describe() + "). Try:");
      List<String> examples = new ArrayList<>();
      examples.add("/health");
      examples.add("/api/animals?limit=5");
      Optional<String> dog = firstSlug(database, "dogs WHERE active");
      dog.ifPresent(slug -> examples.add("/api/animals/" + slug));
      dog.ifPresent(slug -> examples.add("/api/animals/" + slug + "/history"));
      examples.add("/api/animals/meta/breeds");
      examples.add("/api/animals/statistics");
      examples.add("/api/organizations");
      firstSlug(database, "organizations WHERE active")
          .ifPresent(slug -> examples.add("/api/organizations/" + slug));
      examples.add("/api/feeds/animals.atom");
      examples.add("/api/openapi.json");
      examples.forEach(path -> out.println("  " + base + path));
      if (System.getenv("ADMIN_API_KEY") != null) {
        out.println("  curl -H \"X-API-Key: $ADMIN_API_KEY\" " + base + "/api/monitoring/scrapers");
      }
      out.println("Ctrl-C stops.");
      out.flush();
      started.countDown();
      StopSignal.awaitInterruptOr(stop);
    }
  }

  /** The slug of some row, for an example URL. */
  private static Optional<String> firstSlug(DataSource database, String tableAndCondition) {
    return Database.jdbi(database)
        .withHandle(
            handle ->
                handle
                    .createQuery("SELECT slug FROM " + tableAndCondition + " ORDER BY id LIMIT 1")
                    .mapTo(String.class)
                    .findOne());
  }
}
