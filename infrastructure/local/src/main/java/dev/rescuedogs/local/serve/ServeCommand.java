package dev.rescuedogs.local.serve;

import dev.rescuedogs.api.ApiHandler;
import dev.rescuedogs.api.ApiSettings;
import dev.rescuedogs.api.CatalogApi;
import dev.rescuedogs.api.db.ConnectionPool;
import dev.rescuedogs.local.database.DatabaseOptions;
import dev.rescuedogs.local.database.LocalDatabase;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: the public API on http://127.0.0.1:3000, through the same Lambda handler and the
 * same API Gateway events as in AWS, against the local (or given) database. Runs until stopped.
 */
@Command(
    name = "serve",
    description = "Serve the public API locally (the stand-in for `sam local start-api`, without Docker).",
    mixinStandardHelpOptions = true)
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DatabaseOptions databaseOptions;

  @Option(names = "--port", defaultValue = "3000", description = "Port on 127.0.0.1 (0: any free port). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--threads", defaultValue = "32", description = "Requests served at the same time. Default: ${DEFAULT-VALUE}.")
  int threads;

  @Option(names = "--connections", defaultValue = "8", description = "Database connections. Default: ${DEFAULT-VALUE}.")
  int connections;

  @Option(names = "--allowed-origins", paramLabel = "ORIGINS",
      description = "Browser origins allowed by CORS (comma list or *). Default: ALLOWED_ORIGINS, else *.")
  String allowedOrigins;

  final CountDownLatch started = new CountDownLatch(1);
  final CountDownLatch stop = new CountDownLatch(1);
  volatile ApiServer server;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    try (LocalDatabase database = LocalDatabase.open(databaseOptions)) {
      database.migrate();
      Map<String, String> env = new HashMap<>(System.getenv());
      if (allowedOrigins != null) {
        env.put("ALLOWED_ORIGINS", allowedOrigins);
      } else {
        env.putIfAbsent("ALLOWED_ORIGINS", "*");
      }
      try (ConnectionPool pool = new ConnectionPool(database.dataSource(), connections, Duration.ofSeconds(5))) {
        ApiHandler handler = new ApiHandler(new CatalogApi(ApiSettings.fromEnvironment(env), pool, Clock.systemUTC()));
        try (ApiServer running = ApiServer.start(handler, port, threads)) {
          server = running;
          Thread hook = new Thread(stop::countDown, "serve-shutdown");
          Runtime.getRuntime().addShutdownHook(hook);
          out.println("Database: " + database.describe());
          out.println("Serving the API on " + running.url() + " (try " + running.url() + "/api/animals); Ctrl-C stops.");
          out.flush();
          started.countDown();
          stop.await();
          try {
            Runtime.getRuntime().removeShutdownHook(hook);
          } catch (IllegalStateException shuttingDown) {
            // Already stopping: the hook is what woke us.
          }
        }
      }
    }
    return 0;
  }
}
