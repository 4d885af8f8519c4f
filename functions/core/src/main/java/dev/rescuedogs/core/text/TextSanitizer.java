package dev.rescuedogs.core.text;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Turns scraped markup or text into inert plain text.
 *
 * <p>{@link #plainText} is for descriptions: tags removed (script, style and other non-text
 * elements with their content), character references decoded, mojibake repaired, NUL and control
 * characters dropped, paragraphs kept as blank lines, whitespace normalized, Unicode NFC, capped in
 * length. {@link #inline} is for short fields (name, breed, age, location …): the same, folded onto
 * one line.
 *
 * <p>Whatever comes in, the output never contains '&lt;' followed by a letter, '/', '!' or '?', so
 * it cannot be read as markup even by a careless consumer; markup that only appeared after decoding
 * ("&amp;lt;script&amp;gt;") is removed too.
 *
 * <p>Written as plain loops over char arrays: descriptions are most of the bytes a run
 * standardizes.
 */
public final class TextSanitizer {

  /** Descriptions are capped at this many characters. */
  public static final int DESCRIPTION_LIMIT = 10_000;

  /**
   * Character classes of ASCII for the copying loop: visible characters other than '&lt;' and
   * '&amp;'.
   */
  private static final byte PLAIN = 1;

  private static final byte SPACE = 2;
  private static final byte[] KIND = new byte[0x80];

  static {
    for (char c = '!'; c < 0x7F; c++) {
      KIND[c] = PLAIN;
    }
    KIND['<'] = 0;
    KIND['&'] = 0;
    KIND[' '] = SPACE;
  }

  /**
   * Working buffers reused per thread (the text being scanned, the text being written, a decoded
   * reference): a run allocates little more than its results. Buffers grown past {@link
   * #KEPT_BUFFER} by an unusually long text are not kept.
   */
  private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

  private static final int KEPT_BUFFER = 1 << 16;

  private static final class Buffers {
    char[] input = new char[4096];
    TextBuffer output = new TextBuffer(4096);
    TextBuffer reference = new TextBuffer(16);

    /** Drops a buffer that an unusually long text grew past the kept size. */
    void trim() {
      if (output.chars.length > KEPT_BUFFER) {
        output = new TextBuffer(4096);
      }
    }
  }

  private static final int INLINE_ELEMENT = 0;
  private static final int SKIPPED_ELEMENT = 1;
  private static final int PARAGRAPH_ELEMENT = 2;
  private static final int LINE_ELEMENT = 3;
  private static final int CELL_ELEMENT = 4;

  /** Elements whose content is never text a visitor reads. */
  private static final String[] SKIPPED =
      ("script style noscript template iframe object embed svg math head title textarea"
              + " select canvas audio video frameset applet")
          .split(" ");

  private static final String[] PARAGRAPHS =
      ("p h1 h2 h3 h4 h5 h6 blockquote pre table ul ol dl section article header footer"
              + " aside figure hr main nav form fieldset address details summary")
          .split(" ");

  private static final String[] LINES =
      "br li tr div dt dd option caption figcaption legend".split(" ");

  private static final String[] CELLS = {"td", "th"};

  /** Element names encoded as numbers (see {@link #tagKey}), sorted, with their kinds alongside. */
  private static final long[] TAG_KEYS;

  private static final int[] TAG_KINDS;

  static {
    String[][] groups = {SKIPPED, PARAGRAPHS, LINES, CELLS};
    int[] kinds = {SKIPPED_ELEMENT, PARAGRAPH_ELEMENT, LINE_ELEMENT, CELL_ELEMENT};
    int count = 0;
    for (String[] group : groups) {
      count += group.length;
    }
    long[][] pairs = new long[count][];
    int k = 0;
    for (int g = 0; g < groups.length; g++) {
      for (String name : groups[g]) {
        pairs[k++] = new long[] {tagKey(name.toCharArray(), 0, name.length()), kinds[g]};
      }
    }
    Arrays.sort(pairs, (a, b) -> Long.compare(a[0], b[0]));
    TAG_KEYS = new long[count];
    TAG_KINDS = new int[count];
    for (int i = 0; i < count; i++) {
      TAG_KEYS[i] = pairs[i][0];
      TAG_KINDS[i] = (int) pairs[i][1];
    }
  }

  private TextSanitizer() {}

  /** A description as plain text with paragraphs, at most {@link #DESCRIPTION_LIMIT} characters. */
  public static String plainText(String markup) {
    return plainText(markup, DESCRIPTION_LIMIT);
  }

  /** Plain text with paragraphs kept as blank lines; null when nothing readable remains. */
  public static String plainText(String markup, int maxChars) {
    if (markup == null) {
      return null;
    }
    String text = clean(markup, false);
    text = cap(text, maxChars);
    return text.isEmpty() ? null : text;
  }

  /** A single line of plain text; null when nothing readable remains. */
  public static String inline(String markup) {
    if (markup == null) {
      return null;
    }
    String text = isSimpleLine(markup) ? markup.strip() : clean(markup, true);
    return text.isEmpty() ? null : text;
  }

  private static String clean(String markup, boolean singleLine) {
    Buffers buffers = BUFFERS.get();
    Writer out = new Writer(buffers, singleLine, !singleLine && !looksLikeHtml(markup));
    scan(markup, out);
    String text = out.toString();
    buffers.trim();
    if (out.mayHoldMojibake) {
      text = Mojibake.repair(text);
    }
    if (out.sawC1) {
      text = dropC1Controls(text);
    }
    if (out.mayNeedNormalization) {
      text = normalizeUnicode(text);
    }
    return neutralizeMarkup(text, singleLine);
  }

  /**
   * Whether the text is markup (newlines are then just spaces) rather than plain text (newlines
   * break lines): it has a tag, a '&lt;' followed by a letter or '/' with a '&gt;' later on.
   */
  private static boolean looksLikeHtml(String text) {
    for (int lt = text.indexOf('<');
        lt >= 0 && lt + 1 < text.length();
        lt = text.indexOf('<', lt + 1)) {
      char next = text.charAt(lt + 1);
      if (isAsciiLetter(next) || next == '/' || next == '!') {
        // Any later tag would need a '>' after this one too.
        return text.indexOf('>', lt) > 0;
      }
    }
    return false;
  }

  /**
   * Plain printable ASCII with single spaces needs no work: most short scraped fields are like
   * that.
   */
  private static boolean isSimpleLine(String text) {
    char previous = ' ';
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c >= 0x7F || c == '<' || c == '&' || (c == ' ' && previous == ' ' && i > 0)) {
        return false;
      }
      previous = c;
    }
    return true;
  }

  /**
   * Collects the visible characters and lays them out in the same pass: horizontal whitespace
   * collapsed, lines trimmed, at most one blank line between paragraphs, everything on one line if
   * asked.
   */
  private static final class Writer {
    private final Buffers buffers;
    private final TextBuffer out;
    private final boolean singleLine;
    private final boolean newlinesBreakLines;
    private int pendingBreaks; // 0 none, 1 line break, 2 paragraph break
    private boolean pendingSpace;
    private int newlines;
    boolean mayHoldMojibake;
    boolean sawC1;
    boolean mayNeedNormalization;
    GreaterThan greaterThan;

    Writer(Buffers buffers, boolean singleLine, boolean newlinesBreakLines) {
      this.buffers = buffers;
      this.out = buffers.output;
      out.length = 0;
      this.singleLine = singleLine;
      this.newlinesBreakLines = newlinesBreakLines;
    }

    void space() {
      pendingSpace = true;
    }

    void lineBreak() {
      pendingBreaks = Math.max(pendingBreaks, 1);
    }

    void paragraphBreak() {
      pendingBreaks = 2;
    }

    /** A newline of the source: a line break in plain text, a space in markup. */
    void sourceNewline() {
      if (newlinesBreakLines) {
        newlines++;
        pendingBreaks = Math.max(pendingBreaks, newlines >= 2 ? 2 : 1);
      } else {
        pendingSpace = true;
      }
    }

    void character(char c) {
      if (c <= ' ' || c >= 0x7F) {
        if (c == ' ' || c == '\t') {
          pendingSpace = true;
          return;
        }
        if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u0085') {
          sourceNewline();
          return;
        }
        if (c == '\u2029') {
          paragraphBreak();
          return;
        }
        if (c < 0x20 || c == 0x7F || isInvisible(c)) {
          return;
        }
        if (isHorizontalSpace(c)) {
          pendingSpace = true;
          return;
        }
        if (c <= 0x9F) {
          // C1 controls stay until mojibake repair has seen them (they are UTF-8 bytes read as
          // Latin-1).
          sawC1 = true;
        } else if (c >= 0x300 && !isCertainlyNfc(c)) {
          mayNeedNormalization = true;
        }
        if (out.length > 0) {
          char previous = out.chars[out.length - 1];
          mayHoldMojibake |= previous >= '\u00C2' && previous <= '\u00F4';
        }
      }
      newlines = 0;
      if (pendingBreaks > 0 || pendingSpace) {
        separate();
      }
      out.append(c);
    }

    /** Appends {@code chars[start, end)}: visible ASCII with single spaces between, as is. */
    void run(char[] chars, int start, int end) {
      if (pendingBreaks > 0 || pendingSpace) {
        separate();
      }
      newlines = 0;
      out.append(chars, start, end);
    }

    private void separate() {
      if (out.length > 0) {
        if (pendingBreaks > 0) {
          if (singleLine) {
            out.append(' ');
          } else {
            out.append('\n');
            if (pendingBreaks == 2) {
              out.append('\n');
            }
          }
        } else if (pendingSpace) {
          out.append(' ');
        }
      }
      pendingBreaks = 0;
      pendingSpace = false;
    }

    void characters(TextBuffer decoded) {
      for (int i = 0; i < decoded.length; i++) {
        character(decoded.chars[i]);
      }
    }

    @Override
    public String toString() {
      return out.toString();
    }
  }

  /** Removes markup and decodes references into the writer. */
  private static void scan(String s, Writer out) {
    int n = s.length();
    out.greaterThan = new GreaterThan(s);
    Buffers buffers = out.buffers;
    char[] chars = buffers.input;
    if (chars.length < n) {
      chars = new char[Math.max(n, chars.length * 2)];
      if (n <= KEPT_BUFFER) {
        buffers.input = chars;
      }
    }
    s.getChars(0, n, chars, 0);
    TextBuffer reference = buffers.reference;
    int i = 0;
    while (i < n) {
      char c = chars[i];
      if (isPlain(c)) {
        // Copy a run of visible ASCII with single spaces in one go: most of any description.
        int end = plainRunEnd(chars, i + 1, n);
        out.run(chars, i, end);
        i = end;
        continue;
      }
      if (c == '<' && i + 1 < n) {
        int next = markup(s, chars, i, out);
        if (next > i) {
          i = next;
          continue;
        }
      } else if (c == '&') {
        reference.length = 0;
        int consumed = HtmlEntities.decodeAt(s, i, reference);
        if (consumed > 0) {
          out.characters(reference);
          i += consumed;
          continue;
        }
      } else if (c == '\r' && i + 1 < n && chars[i + 1] == '\n') {
        i++;
        continue;
      }
      out.character(c);
      i++;
    }
  }

  /**
   * Handles the markup starting at {@code s.charAt(i) == '<'}: returns the index after it, or
   * {@code i} when the '&lt;' is text (it is then kept, and defused later if it could start
   * markup).
   */
  private static int markup(String s, char[] chars, int i, Writer out) {
    int n = s.length();
    char d = chars[i + 1];
    if (d == '!' && s.startsWith("<!--", i)) {
      int end = s.indexOf("-->", i + 4);
      return end < 0 ? n : end + 3;
    }
    if (d == '!' || d == '?') {
      int end = skipTag(chars, n, i + 2, out.greaterThan);
      return end < 0 ? i : end;
    }
    boolean closing = d == '/';
    int nameStart = closing ? i + 2 : i + 1;
    if (nameStart >= n || !isAsciiLetter(chars[nameStart])) {
      return i;
    }
    int nameEnd = nameStart;
    while (nameEnd < n && isTagNameChar(chars[nameEnd])) {
      nameEnd++;
    }
    int tagEnd =
        nameEnd < n && chars[nameEnd] == '>'
            ? nameEnd + 1
            : skipTag(chars, n, nameEnd, out.greaterThan);
    if (tagEnd < 0) {
      // Never closed: text such as "x<y", not a tag.
      return i;
    }
    int kind = tagKind(chars, nameStart, nameEnd);
    if (kind == SKIPPED_ELEMENT) {
      if (closing || chars[tagEnd - 2] == '/') {
        return tagEnd;
      }
      out.space();
      return skipElementContent(s, chars, tagEnd, nameStart, nameEnd, out.greaterThan);
    }
    if (kind == PARAGRAPH_ELEMENT) {
      out.paragraphBreak();
    } else if (kind == LINE_ELEMENT) {
      out.lineBreak();
    } else if (kind == CELL_ELEMENT) {
      out.space();
    }
    return tagEnd;
  }

  /**
   * Index after the '>' closing a tag, honouring quoted attribute values; -1 when there is no '>'.
   * A quote that runs into a '&lt;' is taken as unterminated: the tag then ends at the first '>'.
   * So a stray quote cannot swallow the page, and no input makes this quadratic.
   */
  private static int skipTag(char[] chars, int n, int from, GreaterThan greaterThan) {
    int first = greaterThan.next(from);
    if (first < 0) {
      return -1;
    }
    char quote = 0;
    for (int i = from; i < n; i++) {
      char c = chars[i];
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else if (c == '<') {
          return first + 1;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i + 1;
      }
    }
    return first + 1;
  }

  /** Finds the next '>' of a text, remembering the last answer: scanning only moves forward. */
  private static final class GreaterThan {
    private final String text;
    private int from = Integer.MAX_VALUE;
    private int found = -1;

    GreaterThan(String text) {
      this.text = text;
    }

    int next(int position) {
      if (position < from || (found >= 0 && found < position)) {
        from = position;
        found = text.indexOf('>', position);
      }
      return found;
    }
  }

  /** Index after the closing tag of a skipped element; end of text when it is never closed. */
  private static int skipElementContent(
      String s, char[] chars, int from, int nameStart, int nameEnd, GreaterThan greaterThan) {
    int nameLength = nameEnd - nameStart;
    int i = from;
    while (true) {
      int lt = s.indexOf("</", i);
      if (lt < 0) {
        return s.length();
      }
      int afterName = lt + 2 + nameLength;
      if (s.regionMatches(true, lt + 2, s, nameStart, nameLength)
          && (afterName >= s.length() || !isTagNameChar(s.charAt(afterName)))) {
        int end = skipTag(chars, s.length(), afterName, greaterThan);
        return end < 0 ? s.length() : end;
      }
      i = lt + 2;
    }
  }

  private static int tagKind(char[] chars, int start, int end) {
    long key = tagKey(chars, start, end);
    if (key < 0) {
      return INLINE_ELEMENT;
    }
    int at = Arrays.binarySearch(TAG_KEYS, key);
    return at < 0 ? INLINE_ELEMENT : TAG_KINDS[at];
  }

  /** Up to ten letters and digits, case-insensitive, packed into a number; -1 for other names. */
  private static long tagKey(char[] chars, int start, int end) {
    if (end - start > 10) {
      return -1;
    }
    long key = 0;
    for (int i = start; i < end; i++) {
      char c = chars[i];
      int code;
      if (c >= 'a' && c <= 'z') {
        code = c - 'a' + 1;
      } else if (c >= 'A' && c <= 'Z') {
        code = c - 'A' + 1;
      } else if (c >= '0' && c <= '9') {
        code = c - '0' + 27;
      } else {
        return -1;
      }
      key = key * 64 + code;
    }
    return key;
  }

  private static String dropC1Controls(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80 || c > 0x9F) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isHorizontalSpace(char c) {
    return c == '\u00A0'
        || c == '\u1680'
        || (c >= '\u2000' && c <= '\u200A')
        || c == '\u202F'
        || c == '\u205F'
        || c == '\u3000';
  }

  /** Zero-width and formatting characters that carry nothing readable (ZWJ is kept for emoji). */
  private static boolean isInvisible(char c) {
    return c == '\u200B'
        || c == '\u200C'
        || c == '\u200E'
        || c == '\u200F'
        || c == '\u2060'
        || c == '\uFEFF'
        || c == '\u00AD'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\uFFFE'
        || c == '\uFFFF';
  }

  private static String normalizeUnicode(String text) {
    return Normalizer.isNormalized(text, Normalizer.Form.NFC)
        ? text
        : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /**
   * A quick, conservative NFC test of one character at or above U+0300: punctuation, currency,
   * symbols, dingbats and emoji are NFC unless a combining mark follows them, and combining marks
   * are outside these ranges. (Characters below U+0300 — Latin with precomposed accents — are NFC
   * in the same way.) Anything else sends the text to the full check.
   */
  private static boolean isCertainlyNfc(char c) {
    if ((c >= 0x2002 && c <= 0x20CF)
        || (c >= 0x2100 && c <= 0x2328)
        || (c >= 0x232B && c <= 0x2BFF)) {
      // ...except the canonical singletons and the composition exclusion of these ranges.
      return c != 0x2126 && c != 0x212A && c != 0x212B && c != 0x2ADC;
    }
    // Emoji and pictographs U+1F000..U+1FBFF: high surrogates D83C..D83E, and their low surrogates.
    return (c >= 0xD83C && c <= 0xD83E) || Character.isLowSurrogate(c);
  }

  /**
   * Removes tags that only appeared after references were decoded and defuses any remaining '&lt;'
   * that could start markup, so the text is inert in every context.
   */
  private static String neutralizeMarkup(String text, boolean singleLine) {
    if (text.indexOf('<') < 0 || !containsMarkupStart(text)) {
      return text;
    }
    Buffers buffers = BUFFERS.get();
    Writer again = new Writer(buffers, singleLine, true);
    scan(text, again);
    String stripped = again.toString();
    buffers.trim();
    if (!containsMarkupStart(stripped)) {
      return stripped;
    }
    char[] chars = stripped.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] == '<' && startsMarkup(stripped, i)) {
        chars[i] = '\u2039';
      }
    }
    return new String(chars);
  }

  private static boolean containsMarkupStart(String text) {
    for (int i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
      if (startsMarkup(text, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsMarkup(String text, int lt) {
    if (lt + 1 >= text.length()) {
      return false;
    }
    char next = text.charAt(lt + 1);
    return Character.isLetter(next) || next == '/' || next == '!' || next == '?';
  }

  /** Cuts at a word boundary near the limit, never inside a surrogate pair. */
  private static String cap(String text, int maxChars) {
    if (text.length() <= maxChars) {
      return text;
    }
    int cut = maxChars;
    if (Character.isLowSurrogate(text.charAt(cut))
        && Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    int boundary = cut;
    while (boundary > cut - 200 && boundary > 0 && !Character.isWhitespace(text.charAt(boundary))) {
      boundary--;
    }
    if (boundary > cut - 200 && boundary > 0) {
      cut = boundary;
    }
    return text.substring(0, cut).strip();
  }

  /**
   * The end of the run of visible ASCII, with single spaces inside, that continues at {@code i}.
   */
  private static int plainRunEnd(char[] chars, int i, int n) {
    while (i < n) {
      char c = chars[i];
      if (c < 0x80 && KIND[c] == PLAIN) {
        i++;
      } else if (c == ' ' && i + 1 < n && isPlain(chars[i + 1])) {
        i += 2;
      } else {
        return i;
      }
    }
    return n;
  }

  private static boolean isPlain(char c) {
    return c < 0x80 && KIND[c] == PLAIN;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isTagNameChar(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == ':' || c == '_';
  }
}
