package dev.rescuedogs.sam;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every function points at something the build produces, and runs the way its package needs. */
class FunctionArtifactsTest {

  private final SamTemplate template = SamTemplate.load();

  @Test
  void shouldPointEachHandlerAtACompiledRequestHandlerOfTheModuleTheMakefileBuilds()
      throws Exception {
    String makefile = Repository.read("Makefile");
    Map<String, JsonNode> functions = template.resources(SamTemplate.FUNCTION);
    int zipFunctions = 0;
    for (Map.Entry<String, JsonNode> function : functions.entrySet()) {
      JsonNode properties = function.getValue().get("Properties");
      if (properties.path("PackageType").asText("Zip").equals("Image")) {
        continue;
      }
      zipFunctions++;
      String id = function.getKey();
      assertThat(function.getValue().path("Metadata").path("BuildMethod").asText())
          .as("%s is built by the Makefile", id)
          .isEqualTo("makefile");
      Path codeUri = Repository.root().resolve(properties.get("CodeUri").asText()).normalize();
      assertThat(codeUri.resolve("Makefile")).as("%s CodeUri holds the Makefile", id).exists();

      Class<?> handler = handlerClass(properties.get("Handler").asText());
      assertThat(RequestHandler.class.isAssignableFrom(handler))
          .as("%s implements RequestHandler", handler.getName())
          .isTrue();
      String module = moduleOf(handler);
      Matcher target =
          Pattern.compile("(?m)^build-" + id + ":\\s*\\n\\t\\$\\(call lambda_package,(\\w+)\\)")
              .matcher(makefile);
      assertThat(target.find()).as("Makefile target build-%s", id).isTrue();
      assertThat(target.group(1)).as("module built for %s", id).isEqualTo(module);
    }
    assertThat(zipFunctions).isEqualTo(4);
  }

  @Test
  void shouldRunZipFunctionsOnJava21WithSnapStartOnPublishedVersions() {
    template
        .resources(SamTemplate.FUNCTION)
        .forEach(
            (id, function) -> {
              JsonNode properties = function.get("Properties");
              if (properties.path("PackageType").asText("Zip").equals("Image")) {
                return;
              }
              assertThat(properties.path("Runtime").asText()).as(id).isEqualTo("java21");
              assertThat(properties.path("AutoPublishAlias").asText()).as(id).isNotEmpty();
              assertThat(properties.path("SnapStart").path("ApplyOn").asText())
                  .as(id)
                  .isEqualTo("PublishedVersions");
            });
  }

  @Test
  void shouldKeepRuntimeAndZipSettingsAwayFromTheImageFunction() {
    JsonNode globals = template.root().path("Globals").path("Function");
    JsonNode scraper = template.resource("ScraperFunction");
    JsonNode properties = scraper.get("Properties");

    assertThat(properties.get("PackageType").asText()).isEqualTo("Image");
    // A Runtime in Globals would reach the image function too (unless it ignores Globals).
    boolean ignoresGlobals = scraper.has("IgnoreGlobals");
    if (!ignoresGlobals) {
      assertThat(globals.has("Runtime")).as("Globals.Function.Runtime").isFalse();
      assertThat(globals.has("Handler")).as("Globals.Function.Handler").isFalse();
      assertThat(globals.has("Layers")).as("Globals.Function.Layers").isFalse();
      assertThat(globals.has("SnapStart")).as("Globals.Function.SnapStart").isFalse();
    }
    assertThat(properties.has("Runtime")).isFalse();
    assertThat(properties.has("Handler")).isFalse();
    assertThat(properties.has("CodeUri")).isFalse();
    assertThat(properties.has("SnapStart")).isFalse();
    assertThat(properties.get("Timeout").asInt()).isBetween(600, 900);
    assertThat(properties.get("MemorySize").asInt()).isGreaterThanOrEqualTo(2048);
    assertThat(properties.path("EphemeralStorage").path("Size").asInt())
        .isGreaterThanOrEqualTo(1024);
    assertThat(SamTemplate.target(properties.get("ReservedConcurrentExecutions")))
        .isEqualTo("ScraperConcurrency");
  }

  @Test
  void shouldBuildTheImageFromTheDockerfileThatRunsTheScraperHandler() throws Exception {
    JsonNode metadata = template.resource("ScraperFunction").get("Metadata");
    Path context = Repository.root().resolve(metadata.get("DockerContext").asText()).normalize();
    Path dockerfile = context.resolve(metadata.get("Dockerfile").asText());
    assertThat(dockerfile).exists();
    assertThat(metadata.path("DockerTag").asText()).isNotEmpty();

    Dockerfile image = Dockerfile.parse(Files.readString(dockerfile));
    Class<?> handler = handlerClass(image.command());
    assertThat(RequestHandler.class.isAssignableFrom(handler)).isTrue();
    assertThat(moduleOf(handler)).isEqualTo("scraper");
    // The jar the image copies is the one the scraper module's shade execution attaches.
    String pom = Repository.read("functions/scraper/pom.xml");
    assertThat(pom).contains("<artifactId>scraper</artifactId>");
    assertThat(pom).contains("<shadedClassifierName>lambda</shadedClassifierName>");
    assertThat(image.text())
        .contains("-pl functions/scraper -am")
        .contains("functions/scraper/target/scraper-*-lambda.jar");
  }

  @Test
  void shouldBuildWithTheVersionOfTheParentPom() {
    String parent = Repository.read("pom.xml");
    Matcher version = Pattern.compile("(?m)^  <version>(.+)</version>").matcher(parent);
    assertThat(version.find()).isTrue();
    // The Makefile reads the version with the same pattern, and ships the module's shaded jar.
    assertThat(Repository.read("Makefile"))
        .contains("sed -n 's:^  <version>\\(.*\\)</version>:\\1:p' pom.xml")
        .contains("functions/$(1)/target/$(1)-$(VERSION)-lambda.jar");
  }

  @Test
  void shouldGiveEveryZipFunctionModuleAShadedLambdaJar() {
    for (String module : List.of("dispatch", "standardize", "api", "maintenance")) {
      String pom = Repository.read("functions/" + module + "/pom.xml");
      assertThat(pom)
          .as("functions/%s/pom.xml", module)
          .contains("maven-shade-plugin")
          .contains("<shadedClassifierName>lambda</shadedClassifierName>");
    }
  }

  static Class<?> handlerClass(String handler) throws ClassNotFoundException {
    assertThat(handler).matches("[\\w.]+::handleRequest");
    return Class.forName(handler.substring(0, handler.indexOf("::")));
  }

  /** The function module a class was compiled in (target/classes or the module's jar). */
  static String moduleOf(Class<?> type) throws URISyntaxException {
    Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (location.getFileName().toString().endsWith(".jar")) {
      return location.getFileName().toString().replaceFirst("-\\d.*$", "");
    }
    return location.getParent().getParent().getFileName().toString();
  }
}
