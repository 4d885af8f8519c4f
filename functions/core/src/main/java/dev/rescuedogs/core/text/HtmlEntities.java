package dev.rescuedogs.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Decodes HTML character references: the 2,125 named references of HTML5 (bundled as a resource),
 * decimal and hexadecimal references, and the few legacy names browsers accept without a semicolon.
 * References to NUL and other control characters, surrogates or beyond U+10FFFF decode to nothing,
 * so they can never smuggle control characters in.
 */
public final class HtmlEntities {

  private static final Map<String, String> NAMED = load();

  /**
   * Names that browsers decode even without the trailing semicolon and that occur in scraped text.
   */
  private static final Map<String, String> LEGACY =
      Map.of(
          "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "nbsp", "\u00A0", "copy", "\u00A9", "reg",
          "\u00AE");

  private static final int LONGEST_NAME = 32;

  private HtmlEntities() {}

  private static Map<String, String> load() {
    Map<String, String> map = new HashMap<>(4096);
    try (InputStream in = HtmlEntities.class.getResourceAsStream("html-entities.txt")) {
      if (in == null) {
        throw new IllegalStateException("html-entities.txt is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split(" ", -1);
        StringBuilder value = new StringBuilder();
        for (int i = 1; i < parts.length; i++) {
          value.appendCodePoint(Integer.parseInt(parts[i], 16));
        }
        map.put(parts[0], value.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(map);
  }

  /** The text with every character reference decoded; the same instance when there is none. */
  public static String decode(String text) {
    if (text == null || text.indexOf('&') < 0) {
      return text;
    }
    TextBuffer out = new TextBuffer(text.length());
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c != '&') {
        out.append(c);
        i++;
        continue;
      }
      int consumed = decodeAt(text, i, out);
      if (consumed == 0) {
        out.append('&');
        i++;
      } else {
        i += consumed;
      }
    }
    return out.toString();
  }

  /**
   * Decodes the reference starting at {@code text.charAt(start) == '&'} into {@code out}; returns
   * the number of characters consumed, or 0 when there is no reference there (the '&' is literal).
   */
  static int decodeAt(String text, int start, TextBuffer out) {
    int n = text.length();
    int i = start + 1;
    if (i >= n) {
      return 0;
    }
    if (text.charAt(i) == '#') {
      return decodeNumeric(text, start, out);
    }
    // The references scraped text is full of, without a map lookup.
    if (text.startsWith("amp;", i)) {
      out.append('&');
      return 5;
    }
    if (text.startsWith("nbsp;", i)) {
      out.append('\u00A0');
      return 6;
    }
    if (text.startsWith("quot;", i)) {
      out.append('"');
      return 6;
    }
    int end = i;
    while (end < n && end - i < LONGEST_NAME && isAsciiAlnum(text.charAt(end))) {
      end++;
    }
    if (end == i) {
      return 0;
    }
    String name = text.substring(i, end);
    if (end < n && text.charAt(end) == ';') {
      String value = NAMED.get(name);
      if (value != null) {
        out.append(value);
        return end + 1 - start;
      }
      return 0;
    }
    String legacy = LEGACY.get(name);
    if (legacy != null) {
      out.append(legacy);
      return end - start;
    }
    return 0;
  }

  private static int decodeNumeric(String text, int start, TextBuffer out) {
    int n = text.length();
    int i = start + 2;
    boolean hex = i < n && (text.charAt(i) == 'x' || text.charAt(i) == 'X');
    if (hex) {
      i++;
    }
    int digitsStart = i;
    long value = 0;
    while (i < n && i - digitsStart < 8) {
      int digit = Character.digit(text.charAt(i), hex ? 16 : 10);
      if (digit < 0) {
        break;
      }
      value = value * (hex ? 16 : 10) + digit;
      i++;
    }
    if (i == digitsStart) {
      return 0;
    }
    if (i < n && text.charAt(i) == ';') {
      i++;
    }
    int codePoint = (int) value;
    if (value >= 0x80 && value <= 0x9F) {
      // HTML5 reads these as the Windows-1252 characters authors meant.
      out.append(Mojibake.WINDOWS_1252_HIGH.charAt(codePoint - 0x80));
    } else if (value == '\t' || value == '\n') {
      out.append((char) value);
    } else if (value >= 0x20
        && value != 0x7F
        && value <= 0x10FFFF
        && !(value >= 0xD800 && value <= 0xDFFF)) {
      out.appendCodePoint(codePoint);
    }
    return i - start;
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
