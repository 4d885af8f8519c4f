package dev.rescuedogs.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rescuedogs.api.http.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/api.md}, the human API reference, documents exactly the operations of the OpenAPI
 * document: each under its own heading written {@code ### `GET /api/animals`}.
 */
class ApiReferenceDocTest {

  /** An operation named in a Markdown heading: {@code `GET /api/animals/{slug}`}. */
  private static final Pattern HEADING_OPERATION =
      Pattern.compile("`(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) (/[^`\\s]*)`");

  private static final Set<String> METHODS =
      Set.of("get", "head", "post", "put", "patch", "delete", "options");

  @Test
  void documentsEveryOperationOfTheOpenApiDocumentAndNothingElse() throws IOException {
    Set<String> documented = documentedOperations(Files.readString(apiReference()));
    Set<String> described = openApiOperations();

    assertThat(described).isNotEmpty();
    assertThat(described)
        .as("operations of openapi.json missing from docs/api.md (add a heading per operation)")
        .isSubsetOf(documented);
    assertThat(documented)
        .as("operations documented in docs/api.md that openapi.json does not have")
        .isSubsetOf(described);
  }

  @Test
  void readsOperationsOnlyFromHeadings() {
    String markdown =
        """
        # API
        Call `GET /api/elsewhere` in running text: not a heading, not counted.
        ### `GET /api/animals`
        #### `HEAD /health`
        ```
        ### `GET /in/a/code/block`
        ```\
        """;

    assertThat(documentedOperations(markdown)).containsExactly("GET /api/animals", "HEAD /health");
  }

  static Set<String> documentedOperations(String markdown) {
    Set<String> operations = new TreeSet<>();
    boolean inCode = false;
    for (String line : markdown.split("\n", -1)) {
      if (line.startsWith("```")) {
        inCode = !inCode;
      } else if (!inCode && line.startsWith("#")) {
        Matcher matcher = HEADING_OPERATION.matcher(line);
        while (matcher.find()) {
          operations.add(matcher.group(1) + " " + matcher.group(2));
        }
      }
    }
    return operations;
  }

  private static Set<String> openApiOperations() throws IOException {
    JsonNode document;
    try (InputStream in = ApiReferenceDocTest.class.getResourceAsStream("/openapi.json")) {
      assertThat(in).as("openapi.json on the classpath").isNotNull();
      document = Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    Set<String> operations = new TreeSet<>();
    for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
      path.getValue()
          .fieldNames()
          .forEachRemaining(
              method -> {
                if (METHODS.contains(method)) {
                  operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
              });
    }
    return operations;
  }

  /** docs/api.md, found by walking up from the module to the repository root. */
  private static Path apiReference() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path doc = dir.resolve("docs/api.md");
      if (Files.isRegularFile(doc)) {
        return doc;
      }
    }
    throw new IllegalStateException("no docs/api.md above " + Path.of("").toAbsolutePath());
  }
}
