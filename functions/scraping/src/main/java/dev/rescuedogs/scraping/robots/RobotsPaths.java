package dev.rescuedogs.scraping.robots;

import java.nio.charset.StandardCharsets;

/** Path normalization and wildcard matching as RFC 9309 §2.2.2 and §2.2.3 describe them. */
final class RobotsPaths {

  private static final String HEX = "0123456789ABCDEF";

  private RobotsPaths() {}

  /**
   * Brings a path (or a rule's pattern) to one canonical form so both compare octet by octet:
   * percent-encoded unreserved characters are decoded, other escapes get upper-case hex, and
   * characters outside ASCII are percent-encoded as UTF-8.
   */
  static String normalize(String path) {
    StringBuilder out = new StringBuilder(path.length());
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '%'
          && i + 2 < path.length()
          && isHex(path.charAt(i + 1))
          && isHex(path.charAt(i + 2))) {
        int value = Integer.parseInt(path.substring(i + 1, i + 3), 16);
        if (isUnreserved(value)) {
          out.append((char) value);
        } else {
          out.append('%')
              .append(Character.toUpperCase(path.charAt(i + 1)))
              .append(Character.toUpperCase(path.charAt(i + 2)));
        }
        i += 2;
      } else if (c < 0x80) {
        out.append(c);
      } else {
        int codePoint = path.codePointAt(i);
        if (Character.isSupplementaryCodePoint(codePoint)) {
          i++;
        }
        for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
        }
      }
    }
    return out.toString();
  }

  /**
   * Whether a rule pattern matches the start of a path. {@code *} matches any run of characters; a
   * {@code $} at the very end of the pattern requires the path to end there. Iterative, so a
   * hostile pattern with many stars cannot blow up.
   */
  static boolean matches(String pattern, String path) {
    String pat = pattern;
    if (pat.endsWith("$")) {
      pat = pat.substring(0, pat.length() - 1);
    } else {
      pat = pat + "*";
    }
    int p = 0;
    int s = 0;
    int star = -1;
    int mark = 0;
    while (s < path.length()) {
      if (p < pat.length() && pat.charAt(p) != '*' && pat.charAt(p) == path.charAt(s)) {
        p++;
        s++;
      } else if (p < pat.length() && pat.charAt(p) == '*') {
        star = p++;
        mark = s;
      } else if (star >= 0) {
        p = star + 1;
        s = ++mark;
      } else {
        return false;
      }
    }
    while (p < pat.length() && pat.charAt(p) == '*') {
      p++;
    }
    return p == pat.length();
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }
}
