package dev.rescuedogs.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rescuedogs.api.ApiSettings;
import dev.rescuedogs.api.CatalogApi;
import dev.rescuedogs.api.animals.Sort;
import dev.rescuedogs.api.animals.Vocabulary;
import dev.rescuedogs.api.db.ConnectionPool;
import dev.rescuedogs.api.http.Json;
import dev.rescuedogs.api.http.ProblemType;
import dev.rescuedogs.api.http.Route;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published OpenAPI document describes exactly the routes, parameters and vocabularies the code
 * has.
 */
class OpenApiContractTest {

  static JsonNode document;
  static List<Route> routes;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in =
        OpenApiContractTest.class.getResourceAsStream(DocumentRoutes.OPENAPI_RESOURCE)) {
      document = Json.parse(in.readAllBytes());
    }
    routes =
        new CatalogApi(
                ApiSettings.fromEnvironment(Map.of()),
                ConnectionPool.unconfigured("not needed"),
                Clock.systemUTC())
            .router()
            .routes();
  }

  static JsonNode resolve(JsonNode node) {
    String ref = node.path("$ref").asText("");
    if (ref.isEmpty()) {
      return node;
    }
    JsonNode target = document;
    for (String part : ref.substring(2).split("/", -1)) {
      target = target.get(part);
    }
    return resolve(target);
  }

  static List<JsonNode> parameters(String path) {
    List<JsonNode> parameters = new ArrayList<>();
    document
        .at("/paths")
        .get(path)
        .get("get")
        .get("parameters")
        .forEach(p -> parameters.add(resolve(p)));
    return parameters;
  }

  @Test
  void isOpenApi31() {
    assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
    assertThat(document.at("/info/title").asText()).isNotBlank();
  }

  @Test
  void everyRouteIsDocumented_andNothingElse() {
    Set<String> routePaths = new TreeSet<>();
    routes.forEach(route -> routePaths.add(route.pattern()));
    Set<String> documented = new TreeSet<>();
    document.get("paths").fieldNames().forEachRemaining(documented::add);

    assertThat(documented).isEqualTo(routePaths);
    for (String path : documented) {
      assertThat(document.at("/paths").get(path).has("get")).as(path).isTrue();
    }
    assertThat(document.at("/paths").get("/health").has("head")).isTrue();
  }

  @Test
  void everyRouteDocumentsExactlyTheParametersItAccepts() {
    for (Route route : routes) {
      Set<String> query = new HashSet<>();
      Set<String> path = new HashSet<>();
      for (JsonNode parameter : parameters(route.pattern())) {
        assertThat(parameter.has("schema")).as(route.pattern() + " " + parameter).isTrue();
        (parameter.get("in").asText().equals("path") ? path : query)
            .add(parameter.get("name").asText());
      }
      assertThat(query).as(route.pattern()).isEqualTo(route.parameters());
      Set<String> variables = new HashSet<>();
      for (String segment : route.segments()) {
        if (segment.startsWith("{")) {
          variables.add(segment.substring(1, segment.length() - 1));
        }
      }
      assertThat(path).as(route.pattern()).isEqualTo(variables);
    }
  }

  @Test
  void enumeratedParametersListTheCodesVocabulary() {
    Map<String, List<String>> expected =
        Map.of(
            "breed_group",
            Vocabulary.BREED_GROUPS,
            "breed_type",
            Vocabulary.BREED_TYPES,
            "sex",
            Vocabulary.SEXES,
            "size",
            Vocabulary.SIZES,
            "age_category",
            Vocabulary.AGE_CATEGORIES);
    for (JsonNode parameter : parameters("/api/animals")) {
      String name = parameter.get("name").asText();
      if (expected.containsKey(name)) {
        List<String> values = new ArrayList<>();
        parameter.at("/schema/items/enum").forEach(v -> values.add(v.asText()));
        assertThat(values).as(name).isEqualTo(expected.get(name));
      }
      if (name.equals("sort")) {
        List<String> values = new ArrayList<>();
        parameter.at("/schema/enum").forEach(v -> values.add(v.asText()));
        assertThat(values).isEqualTo(Sort.parameters());
      }
      if (name.equals("status") || name.equals("availability_confidence")) {
        List<String> values = new ArrayList<>();
        parameter.at("/schema/items/enum").forEach(v -> values.add(v.asText()));
        List<String> codes =
            new ArrayList<>(name.equals("status") ? Vocabulary.STATUSES : Vocabulary.CONFIDENCES);
        codes.add("all");
        assertThat(values).as(name).isEqualTo(codes);
      }
    }
  }

  @Test
  void problemTypesAndErrorResponsesAreDocumented() {
    List<String> documented = new ArrayList<>();
    document
        .at("/components/parameters/problem_type/schema/enum")
        .forEach(v -> documented.add(v.asText()));
    List<String> types = new ArrayList<>();
    for (ProblemType type : ProblemType.values()) {
      types.add(type.slug());
    }
    assertThat(documented).isEqualTo(types);
    for (Route route : routes) {
      JsonNode responses = document.at("/paths").get(route.pattern()).get("get").get("responses");
      for (String status : List.of("200", "400", "404", "500", "503")) {
        assertThat(responses.has(status)).as(route.pattern() + " " + status).isTrue();
      }
    }
    assertThat(document.at("/paths/~1api~1monitoring~1scrapers/get/responses").has("401")).isTrue();
    assertThat(document.at("/components/schemas/Problem/required").toString())
        .contains("type", "title", "status", "detail", "instance");
  }
}
