package dev.rescuedogs.core.standardization;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.dog.StandardizedDog;
import dev.rescuedogs.core.quality.QualityScore;
import dev.rescuedogs.core.quality.RejectReason;
import dev.rescuedogs.core.quality.Validation;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The engine of the {@code standardize --in FILE.jsonl [--reference-time ISO-8601]} command: reads
 * raw records, one JSON object per line, and writes one JSON object per input line.
 *
 * <p>A record line gives {@code {"line": N, …every field of StandardizedDogJson…}} including {@code
 * rejected} and {@code reject_reason}. Rejection follows the name rules, and — only when the line
 * has an {@code external_id} key — the required-field rules (external id, adoption URL, image). A
 * line that is not a JSON object of the expected shape gives {@code {"line": N, "error":
 * "malformed_json" | "invalid_record", "message": "…"}} and the run goes on. Blank lines are
 * skipped and counted.
 */
public final class JsonLinesStandardizer {

  /** Error code of a line that is not valid JSON. */
  public static final String MALFORMED_JSON = "malformed_json";

  /**
   * Error code of a line that is JSON but not a record (not an object, a field of the wrong type).
   */
  public static final String INVALID_RECORD = "invalid_record";

  private final DogStandardizer standardizer;
  private final ObjectMapper mapper;
  private final JsonFactory factory;

  /** With the bundled breed registry. */
  public JsonLinesStandardizer() {
    this(new DogStandardizer());
  }

  public JsonLinesStandardizer(DogStandardizer standardizer) {
    this.standardizer = Objects.requireNonNull(standardizer, "standardizer");
    this.mapper =
        JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    this.factory = mapper.getFactory();
  }

  /**
   * Standardizes UTF-8 JSON lines from {@code in} to {@code out} (UTF-8). Bytes that are not UTF-8
   * are read as U+FFFD instead of failing the run. Neither stream is closed; {@code out} is
   * flushed.
   */
  public StandardizationSummary run(InputStream in, OutputStream out, Instant referenceTime)
      throws IOException {
    Reader reader =
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    StandardizationSummary summary = run(reader, writer, referenceTime);
    writer.flush();
    return summary;
  }

  /**
   * Standardizes JSON lines from {@code in} to {@code out}; neither is closed, {@code out} is
   * flushed.
   */
  public StandardizationSummary run(Reader in, Writer out, Instant referenceTime)
      throws IOException {
    Objects.requireNonNull(referenceTime, "referenceTime");
    BufferedReader lines =
        in instanceof BufferedReader bufferedReader ? bufferedReader : new BufferedReader(in);
    long lineNumber = 0;
    long accepted = 0;
    long invalid = 0;
    long blank = 0;
    Map<RejectReason, Long> rejected = new EnumMap<>(RejectReason.class);
    List<Double> scores = new ArrayList<>();

    String line;
    while ((line = lines.readLine()) != null) {
      lineNumber++;
      if (lineNumber == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        blank++;
        continue;
      }
      JsonNode node;
      try {
        node = mapper.readTree(line);
      } catch (JsonProcessingException e) {
        writeError(out, lineNumber, MALFORMED_JSON, describe(e));
        invalid++;
        continue;
      }
      RawDog raw;
      try {
        raw = RawDogJson.read(node);
      } catch (RawDogJson.InvalidRecordException e) {
        writeError(out, lineNumber, INVALID_RECORD, e.getMessage());
        invalid++;
        continue;
      }
      Validation validation = node.has("external_id") ? Validation.FULL : Validation.CONTENT_ONLY;
      StandardizedDog dog = standardizer.standardize(raw, referenceTime, validation);
      if (dog.rejected()) {
        rejected.merge(dog.rejectReason(), 1L, Long::sum);
      } else {
        accepted++;
        scores.add(dog.qualityScore());
      }
      writeRecord(out, lineNumber, dog);
    }
    out.flush();
    long rejectedTotal = rejected.values().stream().mapToLong(Long::longValue).sum();
    return new StandardizationSummary(
        accepted + rejectedTotal, accepted, rejected, invalid, blank, QualityScore.mean(scores));
  }

  private void writeRecord(Writer out, long lineNumber, StandardizedDog dog) throws IOException {
    try (JsonGenerator json = generator(out)) {
      json.writeStartObject();
      json.writeNumberField("line", lineNumber);
      StandardizedDogJson.writeFields(dog, json);
      json.writeEndObject();
    }
    out.write('\n');
  }

  private void writeError(Writer out, long lineNumber, String code, String message)
      throws IOException {
    try (JsonGenerator json = generator(out)) {
      json.writeStartObject();
      json.writeNumberField("line", lineNumber);
      json.writeStringField("error", code);
      json.writeStringField("message", message);
      json.writeEndObject();
    }
    out.write('\n');
  }

  private JsonGenerator generator(Writer out) throws IOException {
    JsonGenerator json = factory.createGenerator(out);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return json;
  }

  /** The parser's message without the location block and source excerpt Jackson appends. */
  private static String describe(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      message = e.getClass().getSimpleName();
    }
    message = message.replace('\n', ' ').strip();
    if (e.getLocation() != null && e.getLocation().getColumnNr() > 0) {
      message += " (column " + e.getLocation().getColumnNr() + ")";
    }
    return message.length() > 300 ? message.substring(0, 300) : message;
  }
}
