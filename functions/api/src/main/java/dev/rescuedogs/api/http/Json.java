package dev.rescuedogs.api.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * JSON in and out. Responses are built as trees ({@link ObjectNode}) and written, like stored JSON
 * is read, with Jackson's streaming core alone: no {@code ObjectMapper}, whose start-up (serializer
 * and deserializer factories, introspection: several hundred classes) was a third of a cold start.
 */
public final class Json {

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");

  private Json() {}

  public static ObjectNode object() {
    return NODES.objectNode();
  }

  public static ArrayNode array() {
    return NODES.arrayNode();
  }

  public static byte[] bytes(JsonNode node) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    try (JsonGenerator generator = FACTORY.createGenerator(out)) {
      write(generator, node);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
    return out.toByteArray();
  }

  public static JsonNode parse(byte[] bytes) {
    try (JsonParser parser = FACTORY.createParser(bytes)) {
      return read(parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode parse(String text) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      return read(parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** ISO-8601 UTC to the second, e.g. {@code 2026-03-01T12:00:00Z}; null stays null. */
  public static String timestamp(OffsetDateTime time) {
    return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC).format(TIMESTAMP);
  }

  public static String timestamp(Instant time) {
    return time == null ? null : timestamp(time.atOffset(ZoneOffset.UTC));
  }

  private static void write(JsonGenerator generator, JsonNode node) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT -> {
        generator.writeStartObject();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          generator.writeFieldName(field.getKey());
          write(generator, field.getValue());
        }
        generator.writeEndObject();
      }
      case ARRAY -> {
        generator.writeStartArray();
        for (JsonNode item : node) {
          write(generator, item);
        }
        generator.writeEndArray();
      }
      case STRING -> generator.writeString(node.textValue());
      case NUMBER -> writeNumber(generator, node);
      case BOOLEAN -> generator.writeBoolean(node.booleanValue());
      case NULL, MISSING -> generator.writeNull();
      default ->
          throw new IllegalArgumentException("cannot write a " + node.getNodeType() + " node");
    }
  }

  private static void writeNumber(JsonGenerator generator, JsonNode node) throws IOException {
    switch (node.numberType()) {
      case INT -> generator.writeNumber(node.intValue());
      case LONG -> generator.writeNumber(node.longValue());
      case BIG_INTEGER -> generator.writeNumber(node.bigIntegerValue());
      case FLOAT -> generator.writeNumber(node.floatValue());
      case BIG_DECIMAL -> generator.writeNumber(node.decimalValue());
      default -> generator.writeNumber(node.doubleValue());
    }
  }

  /**
   * One JSON value as a tree, the way {@code ObjectMapper.readTree} builds it (a repeated key: last
   * wins).
   */
  private static JsonNode read(JsonParser parser) throws IOException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      return NODES.missingNode();
    }
    Deque<JsonNode> open = new ArrayDeque<>();
    Deque<String> names = new ArrayDeque<>();
    JsonNode root = null;
    for (JsonToken token = first; token != null; token = parser.nextToken()) {
      if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        JsonNode closed = open.pop();
        if (open.isEmpty()) {
          return closed;
        }
        continue;
      }
      if (token == JsonToken.FIELD_NAME) {
        names.push(parser.currentName());
        continue;
      }
      JsonNode value =
          switch (token) {
            case START_OBJECT -> NODES.objectNode();
            case START_ARRAY -> NODES.arrayNode();
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> integer(parser);
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new IOException("unexpected JSON token " + token);
          };
      if (open.isEmpty()) {
        root = value;
      } else if (open.peek().isObject()) {
        ((ObjectNode) open.peek()).set(names.pop(), value);
      } else {
        ((ArrayNode) open.peek()).add(value);
      }
      if (value.isContainerNode()) {
        open.push(value);
      } else if (open.isEmpty()) {
        return root;
      }
    }
    throw new IOException("unexpected end of JSON input");
  }

  private static JsonNode integer(JsonParser parser) throws IOException {
    return switch (parser.getNumberType()) {
      case INT -> NODES.numberNode(parser.getIntValue());
      case LONG -> NODES.numberNode(parser.getLongValue());
      default -> NODES.numberNode(parser.getBigIntegerValue());
    };
  }
}
