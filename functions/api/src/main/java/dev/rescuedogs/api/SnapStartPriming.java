package dev.rescuedogs.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.rescuedogs.api.db.ConnectionPool;
import dev.rescuedogs.api.db.ShortLivedCache;
import dev.rescuedogs.api.http.ErrorLog;
import dev.rescuedogs.api.http.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.crac.Context;
import org.crac.Resource;

/**
 * SnapStart (CRaC) hooks of the production handler. Before the snapshot: the hot routes are served
 * once, so their classes are loaded and initialized inside the snapshot, then the database
 * connection is closed (a socket does not survive a restore) and every cached result is forgotten
 * (a snapshot may be restored days later). After a restore the first request connects afresh.
 * Without SnapStart the hooks never run.
 */
public final class SnapStartPriming implements Resource {

  /** The routes served before the snapshot; the first dog of the list is also read in full. */
  static final List<String> PRIMED_PATHS =
      List.of("/health", "/api/animals", "/api/animals/meta/filter_counts");

  private final CatalogApi api;
  private final ConnectionPool pool;

  public SnapStartPriming(CatalogApi api, ConnectionPool pool) {
    this.api = api;
    this.pool = pool;
  }

  @Override
  public void beforeCheckpoint(Context<? extends Resource> context) {
    prime();
    pool.closeIdle();
    ShortLivedCache.invalidateAll();
  }

  @Override
  public void afterRestore(Context<? extends Resource> context) {
    ShortLivedCache.invalidateAll();
  }

  /** Serves the primed routes; a failure (no database at publish time) only leaves them colder. */
  void prime() {
    try {
      for (String path : PRIMED_PATHS) {
        api.handle(event(path, true));
      }
      // Plain (not gzipped) this time, to read a dog's slug from it.
      APIGatewayV2HTTPResponse list = api.handle(event("/api/animals", false));
      if (list.getStatusCode() == 200) {
        String slug =
            Json.parse(list.getBody().getBytes(StandardCharsets.UTF_8))
                .at("/data/0/slug")
                .asText("");
        if (!slug.isEmpty()) {
          api.handle(event("/api/animals/" + slug, true));
        }
      }
    } catch (RuntimeException e) {
      ErrorLog.error(null, "GET", null, "priming before the snapshot failed", e);
    }
  }

  private static APIGatewayV2HTTPEvent event(String path, boolean gzip) {
    APIGatewayV2HTTPEvent.RequestContext.Http http =
        new APIGatewayV2HTTPEvent.RequestContext.Http();
    http.setMethod("GET");
    http.setPath(path);
    APIGatewayV2HTTPEvent.RequestContext context = new APIGatewayV2HTTPEvent.RequestContext();
    context.setHttp(http);
    context.setStage("$default");
    context.setRequestId("snapstart-priming");
    APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
    event.setVersion("2.0");
    event.setRawPath(path);
    event.setRawQueryString("");
    event.setHeaders(gzip ? Map.of("accept-encoding", "gzip") : Map.of());
    event.setRequestContext(context);
    return event;
  }
}
