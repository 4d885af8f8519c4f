package dev.rescuedogs.core.rawresult;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** Writes and reads {@link RawScrapeResult} JSON documents. */
public final class RawResultJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(SerializationFeature.INDENT_OUTPUT);

  private RawResultJson() {}

  public static String write(RawScrapeResult result) {
    try {
      return MAPPER.writeValueAsString(result);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize the raw result", e);
    }
  }

  /** Writes the document to a stream and leaves the stream open. */
  public static void write(RawScrapeResult result, OutputStream out) {
    try {
      MAPPER
          .writerFor(RawScrapeResult.class)
          .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .writeValue(out, result);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the raw result", e);
    }
  }

  /**
   * Reads a raw result from its JSON text.
   *
   * @throws IllegalArgumentException when the document is not a raw result of a version this code
   *     reads
   */
  public static RawScrapeResult read(String json) {
    try {
      return read(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a raw result document: " + e.getOriginalMessage(), e);
    }
  }

  public static RawScrapeResult read(InputStream in) {
    try {
      return read(MAPPER.readTree(in));
    } catch (IOException e) {
      throw new IllegalArgumentException("not a raw result document: " + e.getMessage(), e);
    }
  }

  private static RawScrapeResult read(JsonNode tree) {
    JsonNode version = tree == null ? null : tree.get("schema_version");
    if (version == null || !version.canConvertToInt()) {
      throw new IllegalArgumentException("not a raw result document: no schema_version");
    }
    if (version.asInt() != RawScrapeResult.SCHEMA_VERSION) {
      throw new IllegalArgumentException(
          "raw result schema_version "
              + version.asInt()
              + " is not supported (this code reads "
              + RawScrapeResult.SCHEMA_VERSION
              + ")");
    }
    try {
      return MAPPER.treeToValue(tree, RawScrapeResult.class);
    } catch (JsonProcessingException | RuntimeException e) {
      throw new IllegalArgumentException("invalid raw result document: " + e.getMessage(), e);
    }
  }
}
