package dev.rescuedogs.local.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** API Gateway's routing, from a SAM template's HttpApi events. */
class HttpApiRoutesTest {

  static Path testTemplate() {
    try {
      return Path.of(HttpApiRoutesTest.class.getResource("/sam/template.yaml").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private final HttpApiRoutes routes = HttpApiRoutes.fromTemplate(testTemplate());

  @Test
  void readsTheApiFunctionsHttpApiEventsOnly() {
    assertThat(routes.routes())
        .extracting(HttpApiRoute::routeKey)
        .hasSize(12)
        .contains(
            "GET /health",
            "HEAD /health",
            "GET /api/animals/{slug}",
            "GET /api/monitoring/{proxy+}");
    assertThat(routes.describe()).contains("12 routes of").contains("template.yaml");
  }

  @Test
  void aLiteralPathBeatsAVariableOne() {
    assertThat(routes.route("GET", "/api/animals")).contains(target("GET /api/animals", Map.of()));
    assertThat(routes.route("GET", "/api/animals/meta/breeds"))
        .contains(target("GET /api/animals/meta/{facet}", Map.of("facet", "breeds")));
    assertThat(routes.route("GET", "/api/animals/rex-7/history"))
        .contains(target("GET /api/animals/{slug}/history", Map.of("slug", "rex-7")));
  }

  @Test
  void pathParametersAreDecoded() {
    assertThat(routes.route("GET", "/api/animals/ch%C3%A9ri"))
        .contains(target("GET /api/animals/{slug}", Map.of("slug", "chéri")));
  }

  @Test
  void aGreedyParameterTakesTheRestOfThePath() {
    assertThat(routes.route("GET", "/api/monitoring/runs/20261130T150000Z"))
        .contains(target("GET /api/monitoring/{proxy+}", Map.of("proxy", "runs/20261130T150000Z")));
    assertThat(routes.route("GET", "/api/monitoring")).isEmpty();
  }

  @Test
  void aPathOrMethodWithoutRouteIsNotRouted() {
    assertThat(routes.route("GET", "/nowhere")).isEmpty();
    assertThat(routes.route("GET", "/api/animals/rex/photos")).isEmpty();
    assertThat(routes.route("POST", "/api/animals")).isEmpty();
    assertThat(routes.route("HEAD", "/api/animals")).isEmpty();
    assertThat(routes.route("HEAD", "/health")).contains(target("HEAD /health", Map.of()));
  }

  @Test
  void preflightsOfRoutedPathsReachTheFunctionWhenTheApiHasCors() {
    assertThat(routes.route("OPTIONS", "/api/animals"))
        .contains(target("GET /api/animals", Map.of()));
    assertThat(routes.route("OPTIONS", "/nowhere")).isEmpty();

    HttpApiRoutes withoutCors =
        HttpApiRoutes.of(List.of(new HttpApiRoute("GET", "/api/animals")), false);
    assertThat(withoutCors.route("OPTIONS", "/api/animals")).isEmpty();
  }

  @Test
  void anyMethodRoutesAcceptEveryMethod() {
    HttpApiRoutes any = HttpApiRoutes.of(List.of(new HttpApiRoute("any", "/{proxy+}")), false);

    assertThat(any.route("DELETE", "/a/b"))
        .contains(target("ANY /{proxy+}", Map.of("proxy", "a/b")));
  }

  @Test
  void withoutTemplateEveryRequestTakesTheDefaultRoute() {
    assertThat(HttpApiRoutes.catchAll().route("POST", "/anything"))
        .contains(target("$default", Map.of()));
  }

  @Test
  void aTemplateWithoutApiFunctionIsRefused(@TempDir Path dir) throws Exception {
    Path template = dir.resolve("template.yaml");
    Files.writeString(
        template,
        """
        Resources:
          Other:
            Type: AWS::Serverless::Function
            Properties:
              Handler: dev.rescuedogs.dispatch.DispatchHandler::handleRequest
        """);

    assertThatThrownBy(() -> HttpApiRoutes.fromTemplate(template))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no function whose Handler is dev.rescuedogs.api.ApiHandler");
  }

  @Test
  void aGreedySegmentMustComeLast() {
    assertThatThrownBy(() -> new HttpApiRoute("GET", "/{proxy+}/x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theProjectsTemplateRoutesTheCatalog() {
    Optional<Path> template = projectTemplate();
    Assumptions.assumeTrue(
        template.isPresent(), "skipped: no template.yaml at the repository root yet");

    HttpApiRoutes project = HttpApiRoutes.fromTemplate(template.get());

    assertThat(project.route("GET", "/health")).isPresent();
    assertThat(project.route("GET", "/api/animals")).isPresent();
    assertThat(project.route("GET", "/api/animals/some-dog")).isPresent();
    assertThat(project.route("GET", "/api/organizations")).isPresent();
    assertThat(project.route("GET", "/api/openapi.json")).isPresent();
  }

  private static Optional<Path> projectTemplate() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("functions/api"))) {
        Path template = dir.resolve("template.yaml");
        return Files.isRegularFile(template) ? Optional.of(template) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static HttpApiRoutes.Target target(String routeKey, Map<String, String> parameters) {
    return new HttpApiRoutes.Target(routeKey, parameters);
  }
}
