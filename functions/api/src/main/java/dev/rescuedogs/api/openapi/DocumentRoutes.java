package dev.rescuedogs.api.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescuedogs.api.http.CachePolicy;
import dev.rescuedogs.api.http.HttpResponse;
import dev.rescuedogs.api.http.Json;
import dev.rescuedogs.api.http.ProblemException;
import dev.rescuedogs.api.http.ProblemType;
import dev.rescuedogs.api.http.Route;
import dev.rescuedogs.api.http.RouteRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * {@code /api/openapi.json} (the OpenAPI 3.1 description, a resource kept true by a test) and
 * {@code /api/problems/{type}} (what each problem type means).
 */
public final class DocumentRoutes {

  /** Classpath location of the OpenAPI document. */
  public static final String OPENAPI_RESOURCE = "/openapi.json";

  /** Read on the first request for it: the document is large and rarely asked for. */
  private volatile byte[] openApi;

  public List<Route> routes() {
    return List.of(
        new Route("/api/openapi.json", Set.of(), this::openApi),
        new Route("/api/problems/{type}", Set.of(), this::problem));
  }

  private HttpResponse openApi(RouteRequest request) {
    request.parameters().requireValid();
    byte[] document = openApi;
    if (document == null) {
      document = load();
      openApi = document;
    }
    return HttpResponse.json(document, CachePolicy.META);
  }

  private HttpResponse problem(RouteRequest request) {
    request.parameters().requireValid();
    String name = request.path("type");
    for (ProblemType type : ProblemType.values()) {
      if (type.slug().equals(name)) {
        ObjectNode body = Json.object();
        body.put("type", type.uri());
        body.put("title", type.title());
        body.put("status", type.status());
        body.put("description", type.description());
        return HttpResponse.json(Json.bytes(body), CachePolicy.META);
      }
    }
    throw ProblemException.notFound(
        "No problem type '" + (name.length() > 80 ? name.substring(0, 80) : name) + "'.");
  }

  private static byte[] load() {
    try (InputStream in = DocumentRoutes.class.getResourceAsStream(OPENAPI_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(OPENAPI_RESOURCE + " is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
