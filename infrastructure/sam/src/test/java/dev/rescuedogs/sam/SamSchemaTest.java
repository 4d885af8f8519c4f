package dev.rescuedogs.sam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every AWS::Serverless::* resource, and the Globals section, against its own definition in the
 * official SAM schema (validating the whole template at once only yields the anyOf's noise).
 */
class SamSchemaTest {

  private static JsonNode samSchema;
  private static Map<String, String> definitionByType;

  @BeforeAll
  static void loadSchema() throws IOException {
    Path schemaFile = Repository.samSchemaOrSkip();
    samSchema = new ObjectMapper().readTree(schemaFile.toFile());
    definitionByType = new HashMap<>();
    samSchema
        .get("definitions")
        .properties()
        .forEach(
            definition -> {
              JsonNode type = definition.getValue().path("properties").path("Type").path("enum");
              if (definition.getKey().endsWith("__Resource") && type.size() == 1) {
                definitionByType.put(type.get(0).asText(), definition.getKey());
              }
            });
  }

  @Test
  void shouldValidateEachServerlessResourceAgainstItsOwnDefinition() {
    SamTemplate template = SamTemplate.load();
    Map<String, JsonNode> resources = template.serverlessResources();
    assertThat(resources).isNotEmpty();

    resources.forEach(
        (logicalId, resource) -> {
          String type = resource.get("Type").asText();
          assertThat(definitionByType).as("SAM schema definition of %s", type).containsKey(type);
          List<Error> errors = schemaFor(definitionByType.get(type)).validate(resource);
          assertThat(errors).as("%s (%s) against the SAM schema", logicalId, type).isEmpty();
        });
  }

  @Test
  void shouldValidateGlobalsAgainstTheSchema() {
    String reference = samSchema.get("properties").get("Globals").get("$ref").asText();
    String definition = reference.substring(reference.lastIndexOf('/') + 1);

    List<Error> errors = schemaFor(definition).validate(SamTemplate.load().root().get("Globals"));

    assertThat(errors).isEmpty();
  }

  @Test
  void shouldRejectAResourceThatBreaksItsDefinition() {
    // The check must be able to fail: an unknown property and a wrongly typed event.
    JsonNode broken =
        SamTemplate.parse(
                """
                Resources:
                  Broken:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handlr: a.B::handleRequest
                      Events:
                        Queue:
                          Type: SQS
                          Properties:
                            BatchSize: 1
                """)
            .resource("Broken");

    List<Error> errors =
        schemaFor(definitionByType.get("AWS::Serverless::Function")).validate(broken);

    assertThat(errors).isNotEmpty();
  }

  private static Schema schemaFor(String definition) {
    ObjectNode schema = new ObjectMapper().createObjectNode();
    schema.put("$schema", "http://json-schema.org/draft-04/schema#");
    schema.set("definitions", samSchema.get("definitions"));
    schema.put("$ref", "#/definitions/" + definition);
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(schema);
  }
}
