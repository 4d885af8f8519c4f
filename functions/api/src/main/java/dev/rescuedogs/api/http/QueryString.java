package dev.rescuedogs.api.http;

import dev.rescuedogs.api.http.HttpRequest.QueryParameter;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses and writes query strings. The raw query string is the source of truth: API Gateway's
 * {@code queryStringParameters} map joins repeated names with commas, which would hide a repeated
 * scalar parameter.
 */
public final class QueryString {

  /** Longest query string accepted; longer ones are refused before any parsing. */
  public static final int MAX_LENGTH = 4096;

  private QueryString() {}

  /**
   * Parses {@code name=value&...} ({@code +} is a space). A malformed percent escape or invalid
   * UTF-8 makes the whole request invalid.
   *
   * @throws ProblemException 400 naming the parameter whose text is malformed, or 414 when too long
   */
  public static List<QueryParameter> parse(String raw) {
    if (raw == null || raw.isEmpty()) {
      return List.of();
    }
    if (raw.length() > MAX_LENGTH) {
      throw new ProblemException(
          Problem.of(
              ProblemType.URI_TOO_LONG,
              "The query string is longer than " + MAX_LENGTH + " characters."));
    }
    List<QueryParameter> parameters = new ArrayList<>();
    for (String pair : raw.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String rawName = eq < 0 ? pair : pair.substring(0, eq);
      String rawValue = eq < 0 ? "" : pair.substring(eq + 1);
      String name = decode(rawName, rawName);
      String value = decode(rawValue, name);
      parameters.add(new QueryParameter(name, value));
    }
    return parameters;
  }

  /** The parameters of API Gateway's map, used only when no raw query string was given. */
  public static List<QueryParameter> fromMap(Map<String, String> map) {
    if (map == null) {
      return List.of();
    }
    List<QueryParameter> parameters = new ArrayList<>();
    map.forEach(
        (name, value) -> parameters.add(new QueryParameter(name, value == null ? "" : value)));
    return parameters;
  }

  /** Writes parameters back as a query string (without the leading {@code ?}). */
  public static String format(List<QueryParameter> parameters) {
    StringBuilder out = new StringBuilder();
    for (QueryParameter parameter : parameters) {
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(encode(parameter.name())).append('=').append(encode(parameter.value()));
    }
    return out.toString();
  }

  /** Percent-encodes one name or value; commas stay readable since lists use them. */
  public static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("%2C", ",");
  }

  private static String decode(String text, String parameterName) {
    if (text.indexOf('%') < 0 && text.indexOf('+') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '+') {
        bytes.write(' ');
      } else if (c == '%') {
        if (i + 2 >= text.length()
            || Character.digit(text.charAt(i + 1), 16) < 0
            || Character.digit(text.charAt(i + 2), 16) < 0) {
          throw invalid(parameterName, "contains a malformed percent escape");
        }
        bytes.write(
            Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
        i += 2;
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
          encoded = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.write(encoded, 0, encoded.length);
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw invalid(parameterName, "is not valid UTF-8");
    }
  }

  private static ProblemException invalid(String name, String reason) {
    String shown = name.length() > 64 ? name.substring(0, 64) + "…" : name;
    return ProblemException.invalidParameters(List.of(new InvalidParameter(shown, reason)));
  }
}
