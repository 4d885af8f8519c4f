package dev.rescuedogs.sam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The HTTP API's routes against the API's own OpenAPI document. */
class HttpApiRoutesTest {

  private final SamTemplate template = SamTemplate.load();

  record Route(String method, String path) {
    /** API Gateway matching: literal segments, {name} one segment, {name+} the rest. */
    boolean matches(String method, String candidate) {
      if (!this.method.equals(method)) {
        return false;
      }
      String[] pattern = path.substring(1).split("/", -1);
      String[] actual = candidate.substring(1).split("/", -1);
      for (int i = 0; i < pattern.length; i++) {
        if (pattern[i].matches("\\{\\w+\\+}")) {
          return actual.length > i;
        }
        if (i >= actual.length) {
          return false;
        }
        if (!pattern[i].matches("\\{\\w+}") && !pattern[i].equals(actual[i])) {
          return false;
        }
      }
      return pattern.length == actual.length;
    }
  }

  @Test
  void shouldReachEveryOperationOfTheOpenApiDocumentThroughADeclaredRoute() throws IOException {
    List<Route> routes = routes();
    List<Route> operations = operations();

    assertThat(operations).hasSizeGreaterThan(10);
    for (Route operation : operations) {
      assertThat(routes)
          .as("a route for %s %s", operation.method(), operation.path())
          .anyMatch(route -> route.matches(operation.method(), operation.path()));
    }
  }

  @Test
  void shouldDeclareNoRouteTheApiDoesNotServe() throws IOException {
    List<Route> operations = operations();

    for (Route route : routes()) {
      assertThat(operations)
          .as("an OpenAPI operation behind %s %s", route.method(), route.path())
          .anyMatch(operation -> route.matches(operation.method(), operation.path()));
    }
  }

  @Test
  void shouldDeclareRoutesAsPlainPathAndMethodOfTheCatalogApi() {
    template
        .events("ApiFunction", "HttpApi")
        .forEach(
            (name, event) -> {
              assertThat(event.get("Path").isTextual()).as(name).isTrue();
              assertThat(event.get("Method").isTextual()).as(name).isTrue();
              assertThat(SamTemplate.target(event.get("ApiId"))).isEqualTo("CatalogHttpApi");
            });
  }

  @Test
  void shouldThrottleLogAndAnswerCorsAtTheApi() {
    JsonNode api = template.resource("CatalogHttpApi").get("Properties");

    assertThat(api.at("/DefaultRouteSettings/ThrottlingRateLimit").has("Ref")).isTrue();
    assertThat(api.at("/DefaultRouteSettings/ThrottlingBurstLimit").has("Ref")).isTrue();
    assertThat(SamTemplate.target(api.at("/AccessLogSettings/DestinationArn")))
        .isEqualTo("ApiAccessLogGroup");
    assertThat(SamTemplate.target(api.at("/CorsConfiguration/AllowOrigins")))
        .isEqualTo("AllowedOrigins");
    // The same origins reach the function, which answers CORS itself when run locally.
    assertThat(template.environment("ApiFunction").get("ALLOWED_ORIGINS").toString())
        .contains("AllowedOrigins");
    assertThat(api.at("/CorsConfiguration/AllowHeaders").toString()).contains("X-API-Key");
  }

  @Test
  void shouldRouteAGreedyPathOnlyToItsPrefix() {
    Route monitoring = new Route("GET", "/api/monitoring/{proxy+}");
    Route animal = new Route("GET", "/api/animals/{slug}");

    assertThat(monitoring.matches("GET", "/api/monitoring/runs/20261130T150000Z")).isTrue();
    assertThat(monitoring.matches("GET", "/api/monitoring")).isFalse();
    assertThat(animal.matches("GET", "/api/animals/rex/history")).isFalse();
    assertThat(animal.matches("HEAD", "/api/animals/rex")).isFalse();
  }

  private List<Route> routes() {
    List<Route> routes = new ArrayList<>();
    template
        .events("ApiFunction", "HttpApi")
        .values()
        .forEach(
            event ->
                routes.add(
                    new Route(
                        event.get("Method").asText().toUpperCase(Locale.ROOT),
                        event.get("Path").asText())));
    return routes;
  }

  private static List<Route> operations() throws IOException {
    JsonNode document;
    try (InputStream in = HttpApiRoutesTest.class.getResourceAsStream("/openapi.json")) {
      assertThat(in).as("the api module's openapi.json on the classpath").isNotNull();
      document = new ObjectMapper().readTree(in);
    }
    List<Route> operations = new ArrayList<>();
    document
        .get("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        method -> {
                          if (List.of("get", "head", "post", "put", "patch", "delete")
                              .contains(method)) {
                            operations.add(
                                new Route(method.toUpperCase(Locale.ROOT), path.getKey()));
                          }
                        }));
    return operations;
  }
}
