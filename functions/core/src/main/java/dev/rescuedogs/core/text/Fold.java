package dev.rescuedogs.core.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Folds text for matching: lower case, accents dropped ("Schäferhund" → "schaferhund", "ş" → "s"),
 * apostrophes removed, every other punctuation character turned into a single space. Matching on
 * folded text makes every word list of the standardization rules accent-, case- and
 * punctuation-insensitive.
 */
public final class Fold {

  /**
   * Folded form of every character below U+0250 (Latin, Latin-1 Supplement, Latin Extended A/B).
   */
  private static final String[] LATIN = new String[0x250];

  private static final Map<Character, String> SPECIAL =
      Map.ofEntries(
          Map.entry('ß', "ss"),
          Map.entry('ẞ', "ss"),
          Map.entry('æ', "ae"),
          Map.entry('Æ', "ae"),
          Map.entry('œ', "oe"),
          Map.entry('Œ', "oe"),
          Map.entry('ø', "o"),
          Map.entry('Ø', "o"),
          Map.entry('ð', "d"),
          Map.entry('Ð', "d"),
          Map.entry('đ', "d"),
          Map.entry('Đ', "d"),
          Map.entry('þ', "th"),
          Map.entry('Þ', "th"),
          Map.entry('ł', "l"),
          Map.entry('Ł', "l"),
          Map.entry('ı', "i"),
          Map.entry('ħ', "h"),
          Map.entry('Ħ', "h"),
          Map.entry('ŋ', "n"),
          Map.entry('Ŋ', "n"),
          Map.entry('ĸ', "k"),
          Map.entry('ſ', "s"),
          Map.entry('ƒ', "f"),
          Map.entry('Ĳ', "ij"),
          Map.entry('ĳ', "ij"));

  static {
    for (char c = 0; c < LATIN.length; c++) {
      LATIN[c] = computeLatin(c);
    }
  }

  private Fold() {}

  private static String computeLatin(char c) {
    if (isApostrophe(c)) {
      return "";
    }
    String special = SPECIAL.get(c);
    if (special != null) {
      return special;
    }
    if (!Character.isLetterOrDigit(c)) {
      return " ";
    }
    String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(2);
    for (int i = 0; i < decomposed.length(); i++) {
      char d = decomposed.charAt(i);
      if (Character.getType(d) != Character.NON_SPACING_MARK) {
        out.append(Character.toLowerCase(d));
      }
    }
    for (int i = 0; i < out.length(); i++) {
      if (out.charAt(i) > 0x7F) {
        return String.valueOf(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  static boolean isApostrophe(char c) {
    return c == '\''
        || c == '\u2019'
        || c == '\u2018'
        || c == '\u02BC'
        || c == '`'
        || c == '\u00B4';
  }

  /**
   * The folded form of one character: "" (dropped), " " (a word break) or lower-case
   * letters/digits.
   */
  static String foldChar(char c) {
    if (c < LATIN.length) {
      return LATIN[c];
    }
    if (isApostrophe(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
      return "";
    }
    if (c == '\u0130') {
      return "i";
    }
    if (Character.isLetterOrDigit(c)) {
      return String.valueOf(Character.toLowerCase(c));
    }
    return " ";
  }

  /** Lower-case, accent-free words separated by single spaces; "" for null or blank input. */
  public static String fold(CharSequence text) {
    if (text == null) {
      return "";
    }
    int n = text.length();
    StringBuilder out = new StringBuilder(n);
    boolean pendingSpace = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      // ASCII fast path: most scraped text is plain ASCII.
      if (c < 0x80) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
          if (pendingSpace && out.length() > 0) {
            out.append(' ');
          }
          pendingSpace = false;
          out.append(c);
          continue;
        }
        if (c >= 'A' && c <= 'Z') {
          if (pendingSpace && out.length() > 0) {
            out.append(' ');
          }
          pendingSpace = false;
          out.append((char) (c + 32));
          continue;
        }
      }
      String folded = foldChar(c);
      if (folded.isEmpty()) {
        continue;
      }
      if (folded.equals(" ")) {
        pendingSpace = true;
        continue;
      }
      if (pendingSpace && out.length() > 0) {
        out.append(' ');
      }
      pendingSpace = false;
      out.append(folded);
    }
    return out.toString();
  }

  /** The folded words of a text. */
  public static List<String> words(CharSequence text) {
    if (text instanceof String string && isAscii(text)) {
      return asciiWords(string);
    }
    String folded = fold(text);
    List<String> words = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= folded.length(); i++) {
      if (i == folded.length() || folded.charAt(i) == ' ') {
        if (i > start) {
          words.add(folded.substring(start, i));
        }
        start = i + 1;
      }
    }
    return words;
  }

  /** {@link #words} of ASCII text, without building the folded text first. */
  private static List<String> asciiWords(String text) {
    List<String> words = new ArrayList<>(4);
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!isAsciiWordChar(c) && c != '\'' && c != '`') {
        i++;
        continue;
      }
      int start = i;
      boolean plain = true;
      while (i < n) {
        c = text.charAt(i);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
          i++;
        } else if ((c >= 'A' && c <= 'Z') || c == '\'' || c == '`') {
          plain = false;
          i++;
        } else {
          break;
        }
      }
      if (plain) {
        words.add(text.substring(start, i));
      } else {
        StringBuilder word = new StringBuilder(i - start);
        for (int k = start; k < i; k++) {
          char w = text.charAt(k);
          if (w >= 'A' && w <= 'Z') {
            word.append((char) (w + 32));
          } else if (w != '\'' && w != '`') {
            word.append(w);
          }
        }
        if (word.length() > 0) {
          words.add(word.toString());
        }
      }
    }
    return words;
  }

  private static boolean isAsciiWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /**
   * Lower-cases and removes accents but keeps digits, punctuation and spacing as they are (dashes
   * of every kind become '-', exotic spaces become ' '), for parsers that read numbers and
   * separators.
   */
  public static String lowerAscii(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
      } else if (c == '\u2010'
          || c == '\u2011'
          || c == '\u2012'
          || c == '\u2013'
          || c == '\u2014'
          || c == '\u2212') {
        out.append('-');
      } else if (Character.isSpaceChar(c)) {
        out.append(' ');
      } else if (isApostrophe(c)) {
        out.append('\'');
      } else {
        String folded = foldChar(c);
        out.append(folded.equals(" ") ? String.valueOf(c) : folded);
      }
    }
    return out.toString();
  }

  /** A URL slug: ASCII letters, digits and single hyphens ("Galgo Español" → "galgo-espanol"). */
  public static String slug(String text) {
    String folded = fold(text);
    StringBuilder out = new StringBuilder(folded.length());
    boolean pendingHyphen = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (pendingHyphen && out.length() > 0) {
          out.append('-');
        }
        pendingHyphen = false;
        out.append(c);
      } else {
        pendingHyphen = true;
      }
    }
    return out.toString();
  }

  /** Whether the text is pure ASCII (no accent folding or Unicode normalization needed). */
  public static boolean isAscii(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
