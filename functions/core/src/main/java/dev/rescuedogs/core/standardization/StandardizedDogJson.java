package dev.rescuedogs.core.standardization;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rescuedogs.core.age.StandardizedAge;
import dev.rescuedogs.core.breed.StandardizedBreed;
import dev.rescuedogs.core.dog.StandardizedDog;
import dev.rescuedogs.core.size.StandardizedSize;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link StandardizedDog} as one flat JSON object with snake_case fields. Every field is
 * always written, null when unknown, so that every line of the output has the same shape.
 */
public final class StandardizedDogJson {

  /** The fields of every written object, in order. */
  public static final List<String> FIELDS =
      List.of(
          "external_id",
          "name",
          "adoption_url",
          "status",
          "breed_raw",
          "standardized_breed",
          "primary_breed",
          "secondary_breed",
          "breed_type",
          "breed_group",
          "breed_slug",
          "breed_confidence",
          "age_text",
          "age_min_months",
          "age_max_months",
          "age_category",
          "size_raw",
          "standardized_size",
          "size_source",
          "sex",
          "weight",
          "height",
          "location",
          "description",
          "image_urls",
          "primary_image_url",
          "properties",
          "quality_score",
          "rejected",
          "reject_reason");

  private StandardizedDogJson() {}

  /** Writes the dog's fields into the current JSON object (the caller opens and closes it). */
  public static void writeFields(StandardizedDog dog, JsonGenerator json) throws IOException {
    json.writeStringField("external_id", dog.externalId());
    json.writeStringField("name", dog.name());
    json.writeStringField("adoption_url", dog.adoptionUrl());
    json.writeStringField("status", dog.status().wireValue());

    StandardizedBreed breed = dog.breed();
    json.writeStringField("breed_raw", breed.raw());
    json.writeStringField("standardized_breed", breed.label());
    json.writeStringField("primary_breed", breed.primary());
    json.writeStringField("secondary_breed", breed.secondary());
    json.writeStringField("breed_type", breed.type().wireValue());
    json.writeStringField("breed_group", breed.group().wireValue());
    json.writeStringField("breed_slug", breed.slug());
    json.writeNumberField("breed_confidence", breed.confidence());

    StandardizedAge age = dog.age();
    json.writeStringField("age_text", age.text());
    writeInteger(json, "age_min_months", age.minMonths());
    writeInteger(json, "age_max_months", age.maxMonths());
    json.writeStringField(
        "age_category", age.category() == null ? null : age.category().wireValue());

    StandardizedSize size = dog.size();
    json.writeStringField("size_raw", size.raw());
    json.writeStringField(
        "standardized_size", size.size() == null ? null : size.size().wireValue());
    json.writeStringField("size_source", size.source() == null ? null : size.source().wireValue());

    json.writeStringField("sex", dog.sex() == null ? null : dog.sex().wireValue());
    json.writeStringField("weight", dog.weight());
    json.writeStringField("height", dog.height());
    json.writeStringField("location", dog.location());
    json.writeStringField("description", dog.description());
    json.writeArrayFieldStart("image_urls");
    for (String url : dog.imageUrls()) {
      json.writeString(url);
    }
    json.writeEndArray();
    json.writeStringField("primary_image_url", dog.primaryImageUrl());
    json.writeObjectFieldStart("properties");
    for (Map.Entry<String, String> property : dog.properties().entrySet()) {
      json.writeStringField(property.getKey(), property.getValue());
    }
    json.writeEndObject();
    json.writeNumberField("quality_score", dog.qualityScore());
    json.writeBooleanField("rejected", dog.rejected());
    json.writeStringField(
        "reject_reason", dog.rejectReason() == null ? null : dog.rejectReason().wireValue());
  }

  private static void writeInteger(JsonGenerator json, String field, Integer value)
      throws IOException {
    if (value == null) {
      json.writeNullField(field);
    } else {
      json.writeNumberField(field, value);
    }
  }
}
