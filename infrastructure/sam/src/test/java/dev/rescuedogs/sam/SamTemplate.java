package dev.rescuedogs.sam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * template.yaml as CloudFormation reads it: the short-form intrinsic functions ({@code !Ref X},
 * {@code !GetAtt A.B}, {@code !Sub ...}) become their JSON forms ({@code {"Ref": "X"}}, {@code
 * {"Fn::GetAtt": ["A", "B"]}}), which is also what the SAM schema expects.
 */
final class SamTemplate {

  static final String FUNCTION = "AWS::Serverless::Function";
  static final String HTTP_API = "AWS::Serverless::HttpApi";
  static final String QUEUE = "AWS::SQS::Queue";
  static final String ALARM = "AWS::CloudWatch::Alarm";
  static final String TOPIC = "AWS::SNS::Topic";

  private final JsonNode root;

  private SamTemplate(JsonNode root) {
    this.root = root;
  }

  static SamTemplate load() {
    return parse(Repository.read("template.yaml"));
  }

  static SamTemplate parse(String yaml) {
    Object document = new Yaml(new IntrinsicConstructor()).load(yaml);
    return new SamTemplate(new ObjectMapper().valueToTree(document));
  }

  JsonNode root() {
    return root;
  }

  JsonNode resource(String logicalId) {
    JsonNode resource = root.path("Resources").path(logicalId);
    if (resource.isMissingNode()) {
      throw new IllegalArgumentException("no resource " + logicalId);
    }
    return resource;
  }

  /** Logical id → resource, in template order, of one type. */
  Map<String, JsonNode> resources(String type) {
    Map<String, JsonNode> found = new LinkedHashMap<>();
    root.path("Resources")
        .properties()
        .forEach(
            entry -> {
              if (entry.getValue().path("Type").asText().equals(type)) {
                found.put(entry.getKey(), entry.getValue());
              }
            });
    return found;
  }

  Map<String, JsonNode> serverlessResources() {
    Map<String, JsonNode> found = new LinkedHashMap<>();
    root.path("Resources")
        .properties()
        .forEach(
            entry -> {
              if (entry.getValue().path("Type").asText().startsWith("AWS::Serverless::")) {
                found.put(entry.getKey(), entry.getValue());
              }
            });
    return found;
  }

  List<String> parameterNames() {
    List<String> names = new ArrayList<>();
    root.path("Parameters").fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** A function's environment variables, Globals first and its own on top (as SAM merges them). */
  Map<String, JsonNode> environment(String functionId) {
    Map<String, JsonNode> variables = new LinkedHashMap<>();
    root.path("Globals")
        .path("Function")
        .path("Environment")
        .path("Variables")
        .properties()
        .forEach(e -> variables.put(e.getKey(), e.getValue()));
    resource(functionId)
        .path("Properties")
        .path("Environment")
        .path("Variables")
        .properties()
        .forEach(e -> variables.put(e.getKey(), e.getValue()));
    return variables;
  }

  /** Events of a function with the given event type, by event name. */
  Map<String, JsonNode> events(String functionId, String eventType) {
    Map<String, JsonNode> found = new LinkedHashMap<>();
    resource(functionId)
        .path("Properties")
        .path("Events")
        .properties()
        .forEach(
            e -> {
              if (e.getValue().path("Type").asText().equals(eventType)) {
                found.put(e.getKey(), e.getValue().path("Properties"));
              }
            });
    return found;
  }

  /** The logical id a {@code {"Ref": X}} or {@code {"Fn::GetAtt": [X, ...]}} node points at. */
  static String target(JsonNode reference) {
    if (reference.has("Ref")) {
      return reference.get("Ref").asText();
    }
    if (reference.has("Fn::GetAtt")) {
      return reference.get("Fn::GetAtt").get(0).asText();
    }
    throw new IllegalArgumentException("not a reference: " + reference);
  }

  static ObjectNode object(JsonNode node) {
    return (ObjectNode) node;
  }

  static List<JsonNode> list(JsonNode node) {
    List<JsonNode> items = new ArrayList<>();
    Iterator<JsonNode> elements = node.elements();
    elements.forEachRemaining(items::add);
    return items;
  }

  /** Builds the JSON form of each short-form intrinsic function tag. */
  private static final class IntrinsicConstructor extends SafeConstructor {

    IntrinsicConstructor() {
      super(new LoaderOptions());
      yamlMultiConstructors.put("!", new Intrinsic());
    }

    private final class Intrinsic extends AbstractConstruct {
      @Override
      public Object construct(Node node) {
        String name = node.getTag().getValue().substring(1);
        String key = name.equals("Ref") || name.equals("Condition") ? name : "Fn::" + name;
        Object value;
        if (node instanceof ScalarNode scalarNode) {
          String text = constructScalar(scalarNode);
          value = name.equals("GetAtt") ? List.of(text.split("\\.", 2)) : text;
        } else if (node instanceof SequenceNode sequenceNode) {
          value = constructSequence(sequenceNode);
        } else {
          value = constructMapping((MappingNode) node);
        }
        return Map.of(key, value);
      }
    }
  }
}
