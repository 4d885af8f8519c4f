package dev.rescuedogs.local.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which requests reach the API function, as API Gateway decides it: the {@code HttpApi} events the
 * API function declares in the SAM template ({@code template.yaml}). A request no route takes gets
 * API Gateway's own {@code 404 {"message":"Not Found"}} and never reaches the function; the others
 * reach it with the route's key and path parameters. When the API has a {@code CorsConfiguration},
 * API Gateway answers CORS preflights itself; locally an {@code OPTIONS} request to a routed path
 * goes to the function, which answers it the same way from {@code ALLOWED_ORIGINS}.
 *
 * <p>Without a template every request reaches the function, as with a {@code $default} route.
 */
public final class HttpApiRoutes {

  /** The API function's handler class, as the template names it. */
  static final String API_HANDLER = "dev.rescuedogs.api.ApiHandler";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static final Comparator<List<Integer>> BY_SPECIFICITY =
      (left, right) -> {
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
          int compared = Integer.compare(left.get(i), right.get(i));
          if (compared != 0) {
            return compared;
          }
        }
        return Integer.compare(left.size(), right.size());
      };

  private final List<HttpApiRoute> routes;
  private final boolean catchAll;
  private final boolean gatewayAnswersPreflights;
  private final String source;

  private HttpApiRoutes(
      List<HttpApiRoute> routes,
      boolean catchAll,
      boolean gatewayAnswersPreflights,
      String source) {
    this.routes = List.copyOf(routes);
    this.catchAll = catchAll;
    this.gatewayAnswersPreflights = gatewayAnswersPreflights;
    this.source = source;
  }

  /** Every request reaches the function ({@code $default}). */
  public static HttpApiRoutes catchAll() {
    return new HttpApiRoutes(List.of(), true, false, "every path ($default route)");
  }

  /** These routes only. */
  public static HttpApiRoutes of(List<HttpApiRoute> routes, boolean gatewayAnswersPreflights) {
    return new HttpApiRoutes(
        routes, false, gatewayAnswersPreflights, routes.size() + " declared routes");
  }

  /**
   * The routes of the API function ({@value #API_HANDLER}) in a SAM template.
   *
   * @throws IllegalArgumentException when the template has no such function or it declares no
   *     {@code HttpApi} event with a path
   */
  public static HttpApiRoutes fromTemplate(Path template) {
    JsonNode root;
    try {
      root = YAML.readTree(template.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the SAM template " + template, e);
    }
    List<HttpApiRoute> routes = new ArrayList<>();
    boolean apiFunction = false;
    boolean cors = root.path("Globals").path("HttpApi").has("CorsConfiguration");
    for (Map.Entry<String, JsonNode> resource : root.path("Resources").properties()) {
      JsonNode properties = resource.getValue().path("Properties");
      String type = resource.getValue().path("Type").asText();
      if (type.equals("AWS::Serverless::HttpApi") && properties.has("CorsConfiguration")) {
        cors = true;
      }
      if (!type.equals("AWS::Serverless::Function")
          || !properties.path("Handler").asText().startsWith(API_HANDLER)) {
        continue;
      }
      apiFunction = true;
      for (Map.Entry<String, JsonNode> event : properties.path("Events").properties()) {
        JsonNode eventProperties = event.getValue().path("Properties");
        if (!event.getValue().path("Type").asText().equals("HttpApi")) {
          continue;
        }
        if (!eventProperties.hasNonNull("Path")) {
          throw new IllegalArgumentException(
              template
                  + ": the HttpApi event "
                  + event.getKey()
                  + " has no Path (a $default route cannot be checked locally)");
        }
        routes.add(
            new HttpApiRoute(
                eventProperties.path("Method").asText("ANY"),
                eventProperties.get("Path").asText()));
      }
    }
    if (!apiFunction) {
      throw new IllegalArgumentException(
          template + " declares no function whose Handler is " + API_HANDLER);
    }
    if (routes.isEmpty()) {
      throw new IllegalArgumentException(
          template + ": the API function declares no HttpApi event with a Path");
    }
    return new HttpApiRoutes(routes, false, cors, routes.size() + " routes of " + template);
  }

  /**
   * The routes of {@code template} when given, else of the template {@link #findTemplate() found},
   * else {@link #catchAll()}.
   */
  public static HttpApiRoutes forTemplate(Path template) {
    if (template != null) {
      return fromTemplate(template);
    }
    return findTemplate().map(HttpApiRoutes::fromTemplate).orElseGet(HttpApiRoutes::catchAll);
  }

  /**
   * The SAM template to read: {@code template.yaml} in the working directory or its nearest
   * ancestor that has one, else beside the checkout the tool was built in.
   */
  public static Optional<Path> findTemplate() {
    Optional<Path> fromWorkingDirectory = nearest(Path.of("").toAbsolutePath());
    if (fromWorkingDirectory.isPresent()) {
      return fromWorkingDirectory;
    }
    try {
      Path code =
          Path.of(HttpApiRoutes.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return nearest(code.toAbsolutePath());
    } catch (URISyntaxException | RuntimeException unknownLocation) {
      return Optional.empty();
    }
  }

  private static Optional<Path> nearest(Path start) {
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path template = dir.resolve("template.yaml");
      if (Files.isRegularFile(template)) {
        return Optional.of(template);
      }
    }
    return Optional.empty();
  }

  /** Where a request goes: the route's key and its path parameters. */
  public record Target(String routeKey, Map<String, String> pathParameters) {
    public Target {
      pathParameters = Map.copyOf(pathParameters);
    }
  }

  /** The route a request takes, or empty when API Gateway would answer 404 itself. */
  public Optional<Target> route(String method, String rawPath) {
    if (catchAll) {
      return Optional.of(new Target("$default", Map.of()));
    }
    Optional<Target> routed = best(rawPath, route -> route.accepts(method));
    if (routed.isEmpty() && gatewayAnswersPreflights && method.equalsIgnoreCase("OPTIONS")) {
      return best(rawPath, route -> true);
    }
    return routed;
  }

  private Optional<Target> best(String rawPath, Predicate<HttpApiRoute> acceptable) {
    HttpApiRoute chosen = null;
    Map<String, String> parameters = Map.of();
    for (HttpApiRoute route : routes) {
      if (!acceptable.test(route)) {
        continue;
      }
      Optional<Map<String, String>> match = route.match(rawPath);
      if (match.isPresent()
          && (chosen == null
              || BY_SPECIFICITY.compare(route.specificity(), chosen.specificity()) > 0)) {
        chosen = route;
        parameters = match.get();
      }
    }
    return chosen == null
        ? Optional.empty()
        : Optional.of(new Target(chosen.routeKey(), parameters));
  }

  public List<HttpApiRoute> routes() {
    return routes;
  }

  /** Where the routes come from, for messages. */
  public String describe() {
    return source;
  }
}
