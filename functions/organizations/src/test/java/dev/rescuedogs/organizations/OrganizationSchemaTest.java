package dev.rescuedogs.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrganizationSchemaTest {

  private static JsonNode schema() throws IOException {
    try (InputStream in =
        OrganizationSchemaTest.class
            .getClassLoader()
            .getResourceAsStream(ConfigValidator.SCHEMA_RESOURCE)) {
      return new ObjectMapper().readTree(in);
    }
  }

  @Test
  void isDraft2020_12() throws IOException {
    assertThat(schema().path("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void closesEveryObjectToUnknownKeys() throws IOException {
    List<String> open = new ArrayList<>();
    collectOpenObjects(schema(), "#", open);

    assertThat(open).isEmpty();
  }

  @Test
  void requiresEveryKeyTheLoaderCannotDoWithout() throws IOException {
    assertThat(schema().path("required"))
        .extracting(JsonNode::asText)
        .contains("schema_version", "id", "name", "enabled", "scraper", "website", "country");
  }

  private static void collectOpenObjects(JsonNode node, String pointer, List<String> open) {
    if (node.isObject()) {
      boolean objectSchema = "object".equals(node.path("type").asText());
      JsonNode additional = node.path("additionalProperties");
      boolean closed = additional.isBoolean() && !additional.booleanValue();
      if (objectSchema && !closed) {
        open.add(pointer);
      }
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        collectOpenObjects(field.getValue(), pointer + "/" + field.getKey(), open);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectOpenObjects(node.get(i), pointer + "/" + i, open);
      }
    }
  }
}
