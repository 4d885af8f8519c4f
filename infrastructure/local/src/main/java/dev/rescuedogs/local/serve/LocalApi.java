package dev.rescuedogs.local.serve;

import dev.rescuedogs.api.ApiHandler;
import dev.rescuedogs.api.ApiSettings;
import dev.rescuedogs.api.CatalogApi;
import dev.rescuedogs.api.db.ConnectionPool;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The catalog API served locally: the API function's handler, as Lambda builds it from its
 * environment, behind {@link ApiServer} with API Gateway's routing.
 */
public final class LocalApi implements AutoCloseable {

  private final ConnectionPool pool;
  private final ApiServer server;

  private LocalApi(ConnectionPool pool, ApiServer server) {
    this.pool = pool;
    this.server = server;
  }

  /**
   * Starts serving.
   *
   * @param allowedOrigins browser origins allowed by CORS; null for {@code ALLOWED_ORIGINS}, else
   *     any origin
   * @param port the loopback port, 0 for any free one
   * @param threads requests served at the same time
   * @param connections database connections
   */
  public static LocalApi start(
      DataSource database,
      HttpApiRoutes routes,
      String allowedOrigins,
      int port,
      int threads,
      int connections) {
    Map<String, String> env = new HashMap<>(System.getenv());
    if (allowedOrigins != null) {
      env.put("ALLOWED_ORIGINS", allowedOrigins);
    } else {
      env.putIfAbsent("ALLOWED_ORIGINS", "*");
    }
    ConnectionPool pool = new ConnectionPool(database, connections, Duration.ofSeconds(5));
    try {
      ApiHandler handler =
          new ApiHandler(new CatalogApi(ApiSettings.fromEnvironment(env), pool, Clock.systemUTC()));
      return new LocalApi(pool, ApiServer.start(handler, routes, port, threads));
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  public ApiServer server() {
    return server;
  }

  /** {@code http://127.0.0.1:<port>}. */
  public String url() {
    return server.url();
  }

  @Override
  public void close() {
    try {
      server.close();
    } finally {
      pool.close();
    }
  }
}
