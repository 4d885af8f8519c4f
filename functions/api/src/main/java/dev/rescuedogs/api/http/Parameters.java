package dev.rescuedogs.api.http;

import dev.rescuedogs.api.http.HttpRequest.QueryParameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The query parameters of one request, read through validating accessors. Every problem found is
 * collected, so one 400 response lists all of them; {@link #requireValid()} throws it.
 *
 * <p>Rules common to every endpoint: a parameter the endpoint does not declare is refused; a scalar
 * parameter given twice is refused; an empty value counts as absent (web forms send {@code
 * breed=}); list parameters take comma-separated values and may also be repeated, as API Gateway
 * joins repeats with commas.
 */
public final class Parameters {

  /** Longest single value accepted (a whole comma list counts as one value). */
  public static final int MAX_VALUE_LENGTH = 500;

  /** Most parameters one request may carry. */
  public static final int MAX_PARAMETERS = 40;

  private static final int MAX_NAME_SHOWN = 64;

  private final Map<String, List<String>> values = new LinkedHashMap<>();
  private final List<QueryParameter> raw;
  private final List<InvalidParameter> problems = new ArrayList<>();

  public Parameters(List<QueryParameter> raw, Set<String> allowed) {
    this.raw = List.copyOf(raw);
    if (raw.size() > MAX_PARAMETERS) {
      problems.add(
          new InvalidParameter(
              "query",
              "has " + raw.size() + " parameters; at most " + MAX_PARAMETERS + " are accepted"));
      return;
    }
    Set<String> reportedUnknown = new LinkedHashSet<>();
    for (QueryParameter parameter : raw) {
      if (!allowed.contains(parameter.name())) {
        if (reportedUnknown.add(parameter.name())) {
          problems.add(
              new InvalidParameter(shown(parameter.name()), "is not a parameter of this endpoint"));
        }
        continue;
      }
      if (parameter.value().length() > MAX_VALUE_LENGTH) {
        problems.add(
            new InvalidParameter(
                parameter.name(), "is longer than " + MAX_VALUE_LENGTH + " characters"));
        continue;
      }
      values.computeIfAbsent(parameter.name(), name -> new ArrayList<>()).add(parameter.value());
    }
  }

  /** The parameters as received, in order, for building links. */
  public List<QueryParameter> raw() {
    return raw;
  }

  public boolean has(String name) {
    return single(name, false).isPresent();
  }

  /** The value of a scalar parameter, trimmed; empty when absent or blank. */
  public Optional<String> single(String name) {
    return single(name, true);
  }

  private Optional<String> single(String name, boolean report) {
    List<String> given = values.getOrDefault(name, List.of());
    List<String> nonBlank = given.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
    if (nonBlank.size() > 1) {
      if (report) {
        fail(name, "is given more than once");
        values.remove(name);
      }
      return Optional.empty();
    }
    return nonBlank.stream().findFirst();
  }

  /** Text of at most {@code maxLength} characters without control characters. */
  public Optional<String> text(String name, int maxLength) {
    Optional<String> value = single(name);
    if (value.isEmpty()) {
      return value;
    }
    String text = value.get();
    if (text.codePointCount(0, text.length()) > maxLength) {
      fail(name, "is longer than " + maxLength + " characters");
      return Optional.empty();
    }
    if (text.codePoints()
        .anyMatch(
            c ->
                Character.isISOControl(c)
                    || c == 0xFFFD
                    || Character.getType(c) == Character.SURROGATE)) {
      fail(name, "contains control or invalid characters");
      return Optional.empty();
    }
    return value;
  }

  /** Every value of a list parameter: comma-separated, repeats merged, trimmed, blanks dropped. */
  public List<String> list(String name, int maxItems) {
    List<String> items = new ArrayList<>();
    for (String value : values.getOrDefault(name, List.of())) {
      for (String item : value.split(",", -1)) {
        String trimmed = item.strip();
        if (!trimmed.isEmpty() && !items.contains(trimmed)) {
          items.add(trimmed);
        }
      }
    }
    if (items.size() > maxItems) {
      fail(name, "has " + items.size() + " values; at most " + maxItems + " are accepted");
      return List.of();
    }
    return items;
  }

  /**
   * A list of enumerated values matched case-insensitively and returned in their canonical
   * spelling.
   *
   * @param canonical the accepted values in canonical spelling
   */
  public Set<String> enumList(String name, List<String> canonical) {
    Map<String, String> byLowerCase = new LinkedHashMap<>();
    canonical.forEach(value -> byLowerCase.put(value.toLowerCase(Locale.ROOT), value));
    Set<String> result = new LinkedHashSet<>();
    for (String item : list(name, canonical.size() + 5)) {
      String match = byLowerCase.get(item.toLowerCase(Locale.ROOT));
      if (match == null) {
        fail(
            name,
            "has the unknown value '"
                + shown(item)
                + "'; accepted: "
                + String.join(", ", canonical));
        return Set.of();
      }
      result.add(match);
    }
    return result;
  }

  /** One enumerated value, matched case-insensitively, in canonical spelling. */
  public Optional<String> enumValue(String name, List<String> canonical) {
    Optional<String> value = single(name);
    if (value.isEmpty()) {
      return value;
    }
    for (String candidate : canonical) {
      if (candidate.equalsIgnoreCase(value.get())) {
        return Optional.of(candidate);
      }
    }
    fail(
        name,
        "has the unknown value '"
            + shown(value.get())
            + "'; accepted: "
            + String.join(", ", canonical));
    return Optional.empty();
  }

  /** A whole number within {@code [min, max]}. */
  public OptionalInt integer(String name, int min, int max) {
    Optional<String> value = single(name);
    if (value.isEmpty()) {
      return OptionalInt.empty();
    }
    String text = value.get();
    if (!text.matches("[+-]?\\d{1,12}")) {
      fail(name, "must be a whole number between " + min + " and " + max);
      return OptionalInt.empty();
    }
    long number = Long.parseLong(text);
    if (number < min || number > max) {
      fail(name, "must be between " + min + " and " + max);
      return OptionalInt.empty();
    }
    return OptionalInt.of((int) number);
  }

  /** A decimal number within {@code [min, max]}. */
  public OptionalDouble decimal(String name, double min, double max) {
    Optional<String> value = single(name);
    if (value.isEmpty()) {
      return OptionalDouble.empty();
    }
    OptionalDouble number = parseDecimal(value.get());
    if (number.isEmpty() || number.getAsDouble() < min || number.getAsDouble() > max) {
      fail(name, "must be a number between " + format(min) + " and " + format(max));
      return OptionalDouble.empty();
    }
    return number;
  }

  /** Parses a plain decimal ({@code -12.5}); no exponents, no hexadecimal, no NaN. */
  public static OptionalDouble parseDecimal(String text) {
    if (!text.matches("[+-]?\\d{1,4}(\\.\\d{1,12})?")) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Double.parseDouble(text));
  }

  /** Records a problem with a parameter. */
  public void fail(String name, String reason) {
    problems.add(new InvalidParameter(shown(name), reason));
  }

  /** Whether a problem has been recorded for {@code name}. */
  public boolean failed(String name) {
    return problems.stream().anyMatch(problem -> problem.name().equals(name));
  }

  /**
   * Throws a 400 listing every problem recorded so far.
   *
   * @throws ProblemException when any parameter is invalid
   */
  public void requireValid() {
    if (!problems.isEmpty()) {
      throw ProblemException.invalidParameters(problems);
    }
  }

  private static String format(double number) {
    return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
  }

  private static String shown(String text) {
    return text.length() > MAX_NAME_SHOWN ? text.substring(0, MAX_NAME_SHOWN) + "…" : text;
  }
}
