package dev.rescuedogs.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.rescuedogs.api.db.ConnectionPool;
import dev.rescuedogs.api.http.ErrorLog;
import dev.rescuedogs.api.pagination.CursorCodec;
import dev.rescuedogs.store.connection.Database;
import java.time.Clock;
import java.util.Map;
import javax.sql.DataSource;
import org.crac.Core;
import org.postgresql.ds.common.BaseDataSource;

/**
 * Lambda entry point of the public API (API Gateway HTTP API, payload format 2.0). The no-argument
 * constructor wires production once per container: settings from the environment and one database
 * connection, re-opened when it breaks (database restart); with SnapStart the hot routes are primed
 * before the snapshot and the connection is closed ({@link SnapStartPriming}).
 */
public final class ApiHandler
    implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

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

  /**
   * Built when the class is first used, i.e. during the container's init phase; the database
   * connection is opened meanwhile on a background thread.
   */
  private static final class Production {
    static final String ASSUMED_SERVER_VERSION = "14";

    static final ConnectionPool POOL = pool(System.getenv());
    static final CatalogApi API =
        new CatalogApi(ApiSettings.fromEnvironment(System.getenv()), POOL, Clock.systemUTC());

    /** Held here: CRaC keeps registered resources only weakly. */
    static final SnapStartPriming PRIMING = new SnapStartPriming(API, POOL);

    static {
      Core.getGlobalContext().register(PRIMING);
      // Off the first request's path, beside the database connection (which TLS or SCRAM
      // authentication may have the same framework loaded for anyway).
      Thread crypto = new Thread(CursorCodec::loadMac, "crypto-warm-up");
      crypto.setDaemon(true);
      crypto.start();
    }

    static ConnectionPool pool(Map<String, String> env) {
      try {
        DataSource dataSource = Database.fromEnvironment(env);
        if (dataSource instanceof BaseDataSource postgres
            && postgres.getAssumeMinServerVersion() == null) {
          // PostgreSQL 17 in production and locally: the driver then sends its session settings
          // in the startup packet instead of querying them after connecting.
          postgres.setAssumeMinServerVersion(ASSUMED_SERVER_VERSION);
        }
        ConnectionPool pool = ConnectionPool.single(dataSource);
        pool.connectInBackground();
        return pool;
      } catch (RuntimeException e) {
        // A missing or malformed DATABASE_URL: answer 503 per request (and log why) rather than
        // fail init.
        ErrorLog.error(null, null, null, "database not configured", e);
        return ConnectionPool.unconfigured(e.getMessage());
      }
    }
  }
}
