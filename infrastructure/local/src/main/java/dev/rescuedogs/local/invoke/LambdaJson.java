package dev.rescuedogs.local.invoke;

import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Events in and responses out through the serializers of the Lambda Java runtime itself, so an
 * event file means locally what it means on Lambda (SQS's {@code Records} and {@code
 * eventSourceARN}, API Gateway's payload 2.0) and a response prints as Lambda would return it.
 */
final class LambdaJson {

  private LambdaJson() {}

  /**
   * Reads an event file as the function's event type.
   *
   * @throws IllegalArgumentException when the file is missing or is not such an event
   */
  static <T> T read(Path file, Class<T> type) {
    PojoSerializer<T> serializer = serializer(type);
    try (InputStream in = Files.newInputStream(file)) {
      return serializer.fromJson(in);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("no event file " + file, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the event file " + file, e);
    } catch (RuntimeException e) {
      // The runtime's serializers wrap Jackson's errors in their own unchecked exceptions.
      throw new IllegalArgumentException(
          file + " is not a " + type.getSimpleName() + " event: " + e.getMessage(), e);
    }
  }

  /** A handler's response as the Lambda runtime serializes it (null as {@code null}). */
  @SuppressWarnings("unchecked")
  static String write(Object response) {
    if (response == null) {
      return "null";
    }
    PojoSerializer<Object> serializer = (PojoSerializer<Object>) serializer(response.getClass());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    serializer.toJson(response, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static <T> PojoSerializer<T> serializer(Class<T> type) {
    return LambdaEventSerializers.serializerFor(type, LambdaJson.class.getClassLoader());
  }
}
