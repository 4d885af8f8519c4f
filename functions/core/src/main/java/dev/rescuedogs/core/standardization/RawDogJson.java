package dev.rescuedogs.core.standardization;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rescuedogs.core.dog.RawDog;
import java.util.Map;

/**
 * Reads a {@link RawDog} from one JSON object of the {@code standardize} command's input. Text
 * fields accept strings and numbers ({@code "weight": 25} is "25"); {@code age} is read when {@code
 * age_text} is absent; {@code primary_image_url} / {@code image_url} are put before {@code
 * image_urls}; property values that are not strings become their JSON text. Any other shape is an
 * {@link InvalidRecordException} naming the field.
 */
final class RawDogJson {

  private RawDogJson() {}

  /** A field of the input line that has the wrong JSON type. */
  static final class InvalidRecordException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidRecordException(String message) {
      super(message);
    }
  }

  static RawDog read(JsonNode node) throws InvalidRecordException {
    if (!node.isObject()) {
      throw new InvalidRecordException("a line must be a JSON object, not " + kind(node));
    }
    RawDog.Builder builder =
        RawDog.builder()
            .externalId(text(node, "external_id"))
            .name(text(node, "name"))
            .adoptionUrl(text(node, "adoption_url"))
            .status(text(node, "status"))
            .breed(text(node, "breed"))
            .ageText(node.has("age_text") ? text(node, "age_text") : text(node, "age"))
            .sex(text(node, "sex"))
            .gender(text(node, "gender"))
            .size(text(node, "size"))
            .weight(text(node, "weight"))
            .height(text(node, "height"))
            .location(text(node, "location"))
            .description(text(node, "description"));
    for (String single : new String[] {"primary_image_url", "image_url"}) {
      String url = text(node, single);
      if (url != null) {
        builder.imageUrl(url);
      }
    }
    JsonNode images = node.get("image_urls");
    if (images != null && !images.isNull()) {
      if (images.isTextual()) {
        builder.imageUrl(images.textValue());
      } else if (images.isArray()) {
        for (JsonNode image : images) {
          if (image.isTextual()) {
            builder.imageUrl(image.textValue());
          } else if (!image.isNull()) {
            throw new InvalidRecordException(
                "field 'image_urls' must hold strings, found " + kind(image));
          }
        }
      } else {
        throw new InvalidRecordException(
            "field 'image_urls' must be an array of strings, not " + kind(images));
      }
    }
    JsonNode properties = node.get("properties");
    if (properties != null && !properties.isNull()) {
      if (!properties.isObject()) {
        throw new InvalidRecordException(
            "field 'properties' must be an object, not " + kind(properties));
      }
      for (Map.Entry<String, JsonNode> field : properties.properties()) {
        JsonNode value = field.getValue();
        if (!value.isNull()) {
          builder.property(field.getKey(), value.isValueNode() ? value.asText() : value.toString());
        }
      }
    }
    return builder.build();
  }

  private static String text(JsonNode node, String field) throws InvalidRecordException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isNumber()) {
      return value.asText();
    }
    throw new InvalidRecordException("field '" + field + "' must be a string, not " + kind(value));
  }

  private static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case BOOLEAN -> "a boolean";
      case NUMBER -> "a number";
      case STRING -> "a string";
      case NULL -> "null";
      default -> node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
