package dev.rescuedogs.api.health;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescuedogs.api.db.ConnectionPool;
import dev.rescuedogs.api.db.DatabaseException;
import dev.rescuedogs.api.db.DatabaseUnavailableException;
import dev.rescuedogs.api.db.Rows;
import dev.rescuedogs.api.db.Sql;
import dev.rescuedogs.api.http.CachePolicy;
import dev.rescuedogs.api.http.ErrorLog;
import dev.rescuedogs.api.http.HttpResponse;
import dev.rescuedogs.api.http.Json;
import dev.rescuedogs.api.http.Route;
import dev.rescuedogs.api.http.RouteRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /health}: {@code healthy}, {@code degraded} (slow database, or no successful scrape within
 * {@link #STALE_AFTER}: the data is getting old) or {@code unhealthy} (no database, 503). Details
 * of a failure are logged, never shown.
 */
public final class HealthRoutes {

  /** A database round trip slower than this makes the API degraded. */
  public static final Duration SLOW_DATABASE = Duration.ofSeconds(1);

  /** Runs are weekly; a day of slack before the data counts as stale. */
  public static final Duration STALE_AFTER = Duration.ofDays(8);

  private static final Sql LAST_SUCCESS =
      new Sql()
          .add(
              "SELECT max(finished_at) AS last_success FROM scrape_sessions WHERE status = 'success'");

  private final ConnectionPool pool;
  private final String version;
  private final Clock clock;

  public HealthRoutes(ConnectionPool pool, String version, Clock clock) {
    this.pool = pool;
    this.version = version;
    this.clock = clock;
  }

  public List<Route> routes() {
    return List.of(new Route("/health", Set.of(), this::health));
  }

  private HttpResponse health(RouteRequest request) {
    request.parameters().requireValid();
    ObjectNode body = Json.object();
    ObjectNode database = Json.object();
    String status;
    OffsetDateTime lastSuccess = null;
    long started = System.nanoTime();
    try {
      Optional<OffsetDateTime> last =
          pool.withConnection(
              connection ->
                  LAST_SUCCESS
                      .list(
                          connection,
                          row -> Optional.ofNullable(Rows.timestamp(row, "last_success")))
                      .get(0));
      long elapsedMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
      lastSuccess = last.orElse(null);
      database.put("status", "connected");
      database.put("response_time_ms", elapsedMillis);
      Instant now = clock.instant();
      boolean stale =
          lastSuccess == null || lastSuccess.toInstant().isBefore(now.minus(STALE_AFTER));
      status = elapsedMillis > SLOW_DATABASE.toMillis() || stale ? "degraded" : "healthy";
    } catch (DatabaseUnavailableException | DatabaseException e) {
      ErrorLog.error(
          request.http().requestId(),
          request.http().method(),
          request.http().path(),
          "health check: the database is unavailable",
          e);
      database.put("status", "unavailable");
      database.putNull("response_time_ms");
      status = "unhealthy";
    }
    body.put("status", status);
    body.put("timestamp", Json.timestamp(clock.instant()));
    body.put("version", version);
    body.set("database", database);
    body.put("last_successful_run_at", Json.timestamp(lastSuccess));
    int code = status.equals("unhealthy") ? 503 : 200;
    return new HttpResponse(code, HttpResponse.JSON, Json.bytes(body), Map.of(), CachePolicy.NONE);
  }
}
