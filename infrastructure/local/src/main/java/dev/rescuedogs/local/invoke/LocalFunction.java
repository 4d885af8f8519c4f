package dev.rescuedogs.local.invoke;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The deployable functions, as {@code invoke} knows them: the event type their handler takes, the
 * timeout of the deployed function (the invocation's deadline), and what they need locally.
 */
public enum LocalFunction {
  DISPATCH("dispatch", Map.class, Duration.ofMinutes(1), false, true),
  SCRAPER("scraper", SQSEvent.class, Duration.ofMinutes(15), false, true),
  STANDARDIZE("standardize", SQSEvent.class, Duration.ofMinutes(5), true, true),
  API("api", APIGatewayV2HTTPEvent.class, Duration.ofSeconds(30), true, false),
  MAINTENANCE("maintenance", Map.class, Duration.ofMinutes(5), true, false);

  private final String functionName;
  private final Class<?> eventType;
  private final Duration timeout;
  private final boolean needsDatabase;
  private final boolean needsStack;

  LocalFunction(
      String functionName,
      Class<?> eventType,
      Duration timeout,
      boolean needsDatabase,
      boolean needsStack) {
    this.functionName = functionName;
    this.eventType = eventType;
    this.timeout = timeout;
    this.needsDatabase = needsDatabase;
    this.needsStack = needsStack;
  }

  /** The module's name, which is also the function's name in the local stack's contexts. */
  public String functionName() {
    return functionName;
  }

  public Class<?> eventType() {
    return eventType;
  }

  public Duration timeout() {
    return timeout;
  }

  public boolean needsDatabase() {
    return needsDatabase;
  }

  /** Whether the handler reaches queues or buckets. */
  public boolean needsStack() {
    return needsStack;
  }

  /**
   * Reads a function name as an operator writes it: the module name ({@code api}) or the template's
   * logical id ({@code ApiFunction}), in any case.
   *
   * @throws IllegalArgumentException for any other name
   */
  public static LocalFunction parse(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    if (wanted.endsWith("function")) {
      wanted = wanted.substring(0, wanted.length() - "function".length());
    }
    for (LocalFunction function : values()) {
      if (function.functionName.equals(wanted)) {
        return function;
      }
    }
    throw new IllegalArgumentException(
        "unknown function '"
            + name
            + "'; functions: "
            + Arrays.stream(values()).map(f -> f.functionName).collect(Collectors.joining(", ")));
  }

  /** Picocli's view of {@link #parse}. */
  static final class Converter implements ITypeConverter<LocalFunction> {
    @Override
    public LocalFunction convert(String value) {
      try {
        return parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
