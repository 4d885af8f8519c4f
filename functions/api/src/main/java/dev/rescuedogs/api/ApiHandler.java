package dev.rescuedogs.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.rescuedogs.api.db.ConnectionPool;
import dev.rescuedogs.api.http.ErrorLog;
import dev.rescuedogs.store.connection.Database;
import java.time.Clock;
import java.util.Map;

/**
 * Lambda entry point of the public API (API Gateway HTTP API, payload format 2.0). The no-argument
 * constructor wires production once per container: settings from the environment and one database
 * connection, re-opened when it breaks (SnapStart restore, database restart).
 */
public final class ApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

  private final CatalogApi api;

  public ApiHandler() {
    this(Production.API);
  }

  public ApiHandler(CatalogApi api) {
    this.api = api;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return api.handle(event);
  }

  /** Built when the class is first used, i.e. during the container's init phase. */
  private static final class Production {
    static final CatalogApi API = create(System.getenv());

    static CatalogApi create(Map<String, String> env) {
      ConnectionPool pool;
      try {
        pool = ConnectionPool.single(Database.fromEnvironment(env));
      } catch (RuntimeException e) {
        // A missing or malformed DATABASE_URL: answer 503 per request (and log why) rather than fail init.
        ErrorLog.error(null, null, null, "database not configured", e);
        pool = ConnectionPool.unconfigured(e.getMessage());
      }
      return new CatalogApi(ApiSettings.fromEnvironment(env), pool, Clock.systemUTC());
    }
  }
}
