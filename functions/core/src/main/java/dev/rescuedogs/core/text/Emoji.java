package dev.rescuedogs.core.text;

/**
 * Removes emoji, flags, pictographic symbols and icon-font characters from short texts such as
 * names.
 */
public final class Emoji {

  private Emoji() {}

  /** The text without pictographs; each removed run becomes one space so words stay apart. */
  public static String strip(String text) {
    if (text == null || Fold.isAscii(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean removedSinceLastKept = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isPictographic(cp)) {
        removedSinceLastKept = true;
        continue;
      }
      if (removedSinceLastKept && out.length() > 0 && !Character.isWhitespace(cp)) {
        out.append(' ');
      }
      removedSinceLastKept = false;
      out.appendCodePoint(cp);
    }
    return out.toString();
  }

  /**
   * Whether the code point is an emoji, a flag part, a pictographic symbol or an emoji modifier.
   */
  public static boolean isPictographic(int cp) {
    return (cp >= 0x1F000 && cp <= 0x1FAFF) // emoji, flags (regional indicators), skin tones
        || (cp >= 0x2600 && cp <= 0x27BF) // miscellaneous symbols and dingbats (☀ ♥ ✔ ✨ ❤)
        || (cp >= 0x2B00 && cp <= 0x2BFF) // arrows and stars (⭐)
        || (cp >= 0x2190 && cp <= 0x21FF) // arrows
        || (cp >= 0x2300 && cp <= 0x23FF) // technical symbols (⌚ ⏰)
        || (cp >= 0x25A0 && cp <= 0x25FF) // geometric shapes (▶ ●)
        || cp == 0x00A9
        || cp == 0x00AE
        || cp == 0x2122
        || cp == 0x2022
        || cp == 0x3030
        || cp == 0x303D
        || cp == 0x3297
        || cp == 0x3299
        || (cp >= 0xFE00 && cp <= 0xFE0F) // variation selectors
        || cp == 0x200D
        || cp == 0x20E3 // zero-width joiner, keycap
        || (cp >= 0xE0000 && cp <= 0xE007F) // tag characters of subdivision flags
        || (cp >= 0xE000 && cp <= 0xF8FF) // private use: icon fonts
        || cp >= 0xF0000;
  }
}
