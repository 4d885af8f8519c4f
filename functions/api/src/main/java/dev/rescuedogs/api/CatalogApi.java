package dev.rescuedogs.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescuedogs.api.animals.ActiveOrganizations;
import dev.rescuedogs.api.animals.AnimalRepository;
import dev.rescuedogs.api.animals.AnimalRoutes;
import dev.rescuedogs.api.db.ConnectionPool;
import dev.rescuedogs.api.db.DatabaseUnavailableException;
import dev.rescuedogs.api.feed.AtomFeedRoutes;
import dev.rescuedogs.api.health.HealthRoutes;
import dev.rescuedogs.api.http.CachePolicy;
import dev.rescuedogs.api.http.ErrorLog;
import dev.rescuedogs.api.http.HttpRequest;
import dev.rescuedogs.api.http.HttpRequest.QueryParameter;
import dev.rescuedogs.api.http.HttpResponse;
import dev.rescuedogs.api.http.InvalidParameter;
import dev.rescuedogs.api.http.Json;
import dev.rescuedogs.api.http.Parameters;
import dev.rescuedogs.api.http.Problem;
import dev.rescuedogs.api.http.ProblemException;
import dev.rescuedogs.api.http.ProblemType;
import dev.rescuedogs.api.http.QueryString;
import dev.rescuedogs.api.http.ResponseFinisher;
import dev.rescuedogs.api.http.Route;
import dev.rescuedogs.api.http.RouteRequest;
import dev.rescuedogs.api.http.Router;
import dev.rescuedogs.api.meta.FacetRepository;
import dev.rescuedogs.api.meta.MetaRepository;
import dev.rescuedogs.api.meta.MetaRoutes;
import dev.rescuedogs.api.monitoring.MonitoringRoutes;
import dev.rescuedogs.api.monitoring.OperatorKey;
import dev.rescuedogs.api.monitoring.SecretsManagerKey;
import dev.rescuedogs.api.openapi.DocumentRoutes;
import dev.rescuedogs.api.organizations.OrganizationRepository;
import dev.rescuedogs.api.organizations.OrganizationRoutes;
import dev.rescuedogs.api.pagination.CursorCodec;
import dev.rescuedogs.api.statistics.StatisticsRoutes;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The public catalog API: turns an API Gateway HTTP API (payload 2.0) event into a response.
 * Routing, validation and error handling live here; each route's work lives in its feature package.
 */
public final class CatalogApi {

  /** Seconds a client should wait before retrying after a 503. */
  public static final String RETRY_AFTER_SECONDS = "30";

  private final ApiSettings settings;
  private final Router router;
  private final ResponseFinisher finisher;

  public CatalogApi(ApiSettings settings, ConnectionPool pool, Clock clock) {
    this.settings = settings;
    CursorCodec cursors = new CursorCodec(settings.cursorSecret().getBytes(StandardCharsets.UTF_8));
    ActiveOrganizations organizations = new ActiveOrganizations(pool);
    AnimalRepository animals = new AnimalRepository(pool, organizations, settings.imageVariants());
    AnimalRoutes animalRoutes = new AnimalRoutes(animals, cursors);
    List<Route> routes = new ArrayList<>();
    routes.addAll(new HealthRoutes(pool, settings.version(), clock).routes());
    routes.addAll(animalRoutes.listRoutes());
    routes.addAll(new StatisticsRoutes(pool).routes());
    routes.addAll(
        new MetaRoutes(new MetaRepository(pool), new FacetRepository(pool, organizations))
            .routes());
    routes.addAll(animalRoutes.detailRoutes());
    routes.addAll(
        new OrganizationRoutes(new OrganizationRepository(pool, settings.imageVariants()), cursors)
            .routes());
    routes.addAll(new AtomFeedRoutes(animals).routes());
    routes.addAll(new MonitoringRoutes(pool, operatorKey(settings, clock)).routes());
    routes.addAll(new DocumentRoutes().routes());
    this.router = new Router(routes);
    this.finisher = new ResponseFinisher(settings.allowedOrigins());
  }

  private static OperatorKey operatorKey(ApiSettings settings, Clock clock) {
    if (settings.adminApiKeySecretArn() == null) {
      return new OperatorKey(settings.adminApiKey());
    }
    return new OperatorKey(
        new SecretsManagerKey(
            settings.adminApiKeySecretArn(),
            settings.adminApiKey(),
            SecretsManagerKey::defaultClient,
            clock));
  }

  public Router router() {
    return router;
  }

  public APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event) {
    HttpRequest request = request(event);
    try {
      return finisher.finish(request, respond(request, event));
    } catch (RuntimeException e) {
      // A failure while encoding the response: answer a bare problem rather than fail the
      // invocation.
      ErrorLog.error(request.requestId(), request.method(), request.path(), "response failed", e);
      HttpRequest plain =
          new HttpRequest("GET", request.path(), List.of(), Map.of(), request.requestId());
      return finisher.finish(
          plain,
          problem(
              plain,
              Problem.of(
                  ProblemType.INTERNAL_ERROR,
                  "The request failed unexpectedly; it has been logged."),
              Map.of()));
    }
  }

  private HttpResponse respond(HttpRequest request, APIGatewayV2HTTPEvent event) {
    try {
      Optional<Router.Match> match = router.find(request.path());
      if (match.isEmpty()) {
        throw ProblemException.notFound(
            "There is no endpoint at this path; see /api/openapi.json.");
      }
      switch (request.method()) {
        case "GET", "HEAD" -> {
          // served below
        }
        case "OPTIONS" -> {
          return finisher.preflight(request);
        }
        default ->
            throw new ProblemException(
                Problem.of(
                    ProblemType.METHOD_NOT_ALLOWED,
                    "The API is read-only; " + request.method() + " is not supported."),
                Map.of("Allow", ResponseFinisher.ALLOWED_METHODS));
      }
      Route route = match.get().route();
      List<QueryParameter> query =
          event.getRawQueryString() != null
              ? QueryString.parse(event.getRawQueryString())
              : QueryString.fromMap(event.getQueryStringParameters());
      Parameters parameters = new Parameters(query, route.parameters());
      return route
          .handler()
          .handle(
              new RouteRequest(
                  request, match.get().pathParameters(), parameters, baseUrl(request, event)));
    } catch (ProblemException e) {
      return problem(request, e.problem(), e.headers());
    } catch (DatabaseUnavailableException e) {
      ErrorLog.error(
          request.requestId(), request.method(), request.path(), "database unavailable", e);
      return problem(
          request,
          Problem.of(
              ProblemType.SERVICE_UNAVAILABLE,
              "The catalog database is unavailable at the moment."),
          Map.of("Retry-After", RETRY_AFTER_SECONDS));
    } catch (RuntimeException e) {
      ErrorLog.error(request.requestId(), request.method(), request.path(), "request failed", e);
      return problem(
          request,
          Problem.of(
              ProblemType.INTERNAL_ERROR, "The request failed unexpectedly; it has been logged."),
          Map.of());
    }
  }

  /** The RFC 9457 document of a problem. */
  static HttpResponse problem(HttpRequest request, Problem problem, Map<String, String> headers) {
    ObjectNode body = Json.object();
    body.put("type", problem.type().uri());
    body.put("title", problem.type().title());
    body.put("status", problem.status());
    body.put("detail", problem.detail());
    body.put(
        "instance",
        request.path().length() > 200 ? request.path().substring(0, 200) : request.path());
    body.put("request_id", request.requestId());
    if (!problem.invalidParameters().isEmpty()) {
      ArrayNode invalid = body.putArray("invalid_params");
      for (InvalidParameter parameter : problem.invalidParameters()) {
        ObjectNode item = invalid.addObject();
        item.put("name", parameter.name());
        item.put("reason", parameter.reason());
      }
    }
    return new HttpResponse(
        problem.status(), HttpResponse.PROBLEM_JSON, Json.bytes(body), headers, CachePolicy.NONE);
  }

  private static HttpRequest request(APIGatewayV2HTTPEvent event) {
    APIGatewayV2HTTPEvent.RequestContext context = event.getRequestContext();
    String method = "GET";
    String requestId = null;
    if (context != null) {
      requestId = context.getRequestId();
      if (context.getHttp() != null && context.getHttp().getMethod() != null) {
        method = context.getHttp().getMethod().toUpperCase(Locale.ROOT);
      }
    }
    Map<String, String> headers = new LinkedHashMap<>();
    if (event.getHeaders() != null) {
      event
          .getHeaders()
          .forEach(
              (name, value) -> {
                if (name != null && value != null) {
                  headers.put(name.toLowerCase(Locale.ROOT), value);
                }
              });
    }
    return new HttpRequest(
        method,
        path(event),
        List.of(),
        headers,
        requestId == null ? UUID.randomUUID().toString() : requestId);
  }

  /** The decoded path without a named stage's prefix ({@code /prod/api/...} → {@code /api/...}). */
  private static String path(APIGatewayV2HTTPEvent event) {
    String raw =
        event.getRawPath() == null || event.getRawPath().isEmpty() ? "/" : event.getRawPath();
    String path = decodePath(raw);
    APIGatewayV2HTTPEvent.RequestContext context = event.getRequestContext();
    if (context != null && context.getStage() != null && !context.getStage().equals("$default")) {
      String prefix = "/" + context.getStage();
      if (path.startsWith(prefix + "/")) {
        path = path.substring(prefix.length());
      }
    }
    return path;
  }

  /**
   * Percent-decodes a path; a malformed escape leaves the path as it is (and it will not match a
   * route).
   */
  private static String decodePath(String raw) {
    if (raw.indexOf('%') < 0) {
      return raw;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%'
          && i + 2 < raw.length()
          && Character.digit(raw.charAt(i + 1), 16) >= 0
          && Character.digit(raw.charAt(i + 2), 16) >= 0) {
        bytes.write(
            Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
        i += 2;
      } else if (c == '%') {
        return raw;
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private String baseUrl(HttpRequest request, APIGatewayV2HTTPEvent event) {
    if (settings.publicBaseUrl() != null) {
      return settings.publicBaseUrl();
    }
    String scheme =
        request
            .header("x-forwarded-proto")
            .filter(p -> p.equals("http") || p.equals("https"))
            .orElse("https");
    String host =
        request
            .header("host")
            .orElse(
                event.getRequestContext() != null
                        && event.getRequestContext().getDomainName() != null
                    ? event.getRequestContext().getDomainName()
                    : "localhost");
    if (!host.matches("[A-Za-z0-9.-]+(:\\d{1,5})?")) {
      host = "localhost";
    }
    return scheme + "://" + host;
  }
}
