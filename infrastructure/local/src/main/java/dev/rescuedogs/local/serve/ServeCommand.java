package dev.rescuedogs.local.serve;

import dev.rescuedogs.local.database.DatabaseOptions;
import dev.rescuedogs.local.database.LocalDatabase;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: the public API on http://127.0.0.1:3000, through the same Lambda handler, the same
 * API Gateway events and the same routes (template.yaml's {@code HttpApi} events) as in AWS,
 * against the local (or given) database. Runs until stopped.
 */
@Command(
    name = "serve",
    description =
        "Serve the public API locally (the stand-in for `sam local start-api`, without Docker).",
    mixinStandardHelpOptions = true)
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DatabaseOptions databaseOptions;

  @Option(
      names = "--port",
      defaultValue = "3000",
      description = "Port on 127.0.0.1 (0: any free port). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(
      names = "--threads",
      defaultValue = "32",
      description = "Requests served at the same time. Default: ${DEFAULT-VALUE}.")
  int threads;

  @Option(
      names = "--connections",
      defaultValue = "8",
      description = "Database connections. Default: ${DEFAULT-VALUE}.")
  int connections;

  @Option(
      names = "--allowed-origins",
      paramLabel = "ORIGINS",
      description =
          "Browser origins allowed by CORS (comma list or *). Default: ALLOWED_ORIGINS, else *.")
  String allowedOrigins;

  @Option(
      names = "--template",
      paramLabel = "FILE",
      description =
          "SAM template whose HttpApi events route the requests. Default: the nearest template.yaml"
              + " (working directory or the tool's checkout); without one every path reaches the API.")
  Path template;

  final CountDownLatch started = new CountDownLatch(1);
  final CountDownLatch stop = new CountDownLatch(1);
  volatile ApiServer server;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    HttpApiRoutes routes = HttpApiRoutes.forTemplate(template);
    try (LocalDatabase database = LocalDatabase.open(databaseOptions)) {
      database.migrate();
      try (LocalApi api =
          LocalApi.start(
              database.dataSource(), routes, allowedOrigins, port, threads, connections)) {
        server = api.server();
        out.println("Database: " + database.describe());
        out.println("Routes: " + routes.describe());
        out.println(
            "Serving the API on "
                + api.url()
                + " (try "
                + api.url()
                + "/api/animals); Ctrl-C stops.");
        out.flush();
        started.countDown();
        StopSignal.awaitInterruptOr(stop);
      }
    }
    return 0;
  }
}
