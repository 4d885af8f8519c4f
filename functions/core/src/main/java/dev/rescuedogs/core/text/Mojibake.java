package dev.rescuedogs.core.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs UTF-8 text that was decoded as Latin-1 or Windows-1252 ("MÃ¼nchen" → "München", "donâ€™t"
 * → "don’t"), as happened to Dogs Trust pages sent without a charset.
 *
 * <p>Each run of non-ASCII characters is re-encoded as the single bytes those code pages would have
 * read and decoded again as strict UTF-8; the run is replaced only when that succeeds. Correct text
 * never forms valid UTF-8 this way ("ü" alone is byte 0xFC, which no UTF-8 sequence starts with),
 * so it is left alone, and a text mixing correct and broken words is repaired word by word.
 */
public final class Mojibake {

  /**
   * Windows-1252 characters for bytes 0x80–0x9F (undefined bytes map to themselves, as decoders
   * do).
   */
  static final String WINDOWS_1252_HIGH =
      "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152"
          + "\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC"
          + "\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

  private Mojibake() {}

  /** The repaired text; the same instance when nothing needed repair. */
  public static String repair(String text) {
    if (text == null || !mayContainMojibake(text)) {
      return text;
    }
    StringBuilder out = null;
    int n = text.length();
    int i = 0;
    int copiedUpTo = 0;
    while (i < n) {
      if (text.charAt(i) < 0x80) {
        i++;
        continue;
      }
      int runStart = i;
      while (i < n && text.charAt(i) >= 0x80) {
        i++;
      }
      String repaired = repairRun(text, runStart, i);
      if (repaired != null) {
        if (out == null) {
          out = new StringBuilder(n);
        }
        out.append(text, copiedUpTo, runStart).append(repaired);
        copiedUpTo = i;
      }
    }
    if (out == null) {
      return text;
    }
    out.append(text, copiedUpTo, n);
    return out.toString();
  }

  /** A lead byte of a multi-byte UTF-8 sequence read as Latin-1 is one of U+00C2..U+00F4. */
  private static boolean mayContainMojibake(String text) {
    for (int i = 0; i < text.length() - 1; i++) {
      char c = text.charAt(i);
      if (c >= '\u00C2' && c <= '\u00F4' && byteOf(text.charAt(i + 1)) >= 0x80) {
        return true;
      }
    }
    return false;
  }

  private static String repairRun(String text, int start, int end) {
    byte[] bytes = new byte[end - start];
    boolean hasLead = false;
    for (int i = start; i < end; i++) {
      int b = byteOf(text.charAt(i));
      if (b < 0) {
        return null;
      }
      hasLead |= b >= 0xC2 && b <= 0xF4;
      bytes[i - start] = (byte) b;
    }
    if (!hasLead) {
      return null;
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer decoded = decoder.decode(ByteBuffer.wrap(bytes));
      return decoded.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** The byte a Latin-1/Windows-1252 decoder turned into this character, or -1 if none did. */
  private static int byteOf(char c) {
    if (c < 0x100) {
      return c;
    }
    int index = WINDOWS_1252_HIGH.indexOf(c);
    return index < 0 ? -1 : 0x80 + index;
  }
}
