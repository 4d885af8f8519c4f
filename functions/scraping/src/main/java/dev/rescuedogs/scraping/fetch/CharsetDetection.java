package dev.rescuedogs.scraping.fetch;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how to decode a response body: a byte-order mark, else the {@code charset} of the {@code
 * Content-Type} header, else a {@code <meta charset>} / {@code http-equiv} declaration (or an XML
 * declaration) in the first bytes of the page, else UTF-8.
 *
 * <p>The meta fallback matters: a Dogs Trust page that sent no charset was decoded as Latin-1 by
 * the original system and its names turned into mojibake. Labels follow the WHATWG Encoding
 * Standard, where "iso-8859-1" and "ascii" mean windows-1252.
 */
public final class CharsetDetection {

  /** How far into the body declarations are looked for (HTML asks for 1024; pages overrun it). */
  static final int PRESCAN_BYTES = 4096;

  private static final Pattern HEADER_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([^\"';,\\s]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.+-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING =
      Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9_.:+-]+)[\"']");
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final Set<String> WINDOWS_1252_LABELS =
      Set.of(
          "iso-8859-1",
          "iso8859-1",
          "iso_8859-1",
          "iso88591",
          "latin1",
          "l1",
          "cp819",
          "ibm819",
          "ascii",
          "us-ascii",
          "cp1252",
          "windows-1252",
          "x-cp1252",
          "iso-ir-100",
          "csisolatin1");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private CharsetDetection() {}

  /**
   * A body's charset: its byte-order mark, else the header's charset, else the markup's
   * declaration, else UTF-8.
   *
   * @param contentType the {@code Content-Type} header, or null
   * @param body the raw body
   */
  public static Charset detect(String contentType, byte[] body) {
    Optional<Charset> bom = fromByteOrderMark(body);
    if (bom.isPresent()) {
      return bom.get();
    }
    if (contentType != null) {
      Matcher header = HEADER_CHARSET.matcher(contentType);
      if (header.find()) {
        Optional<Charset> named = forLabel(header.group(1));
        if (named.isPresent()) {
          return named.get();
        }
      }
    }
    return fromDeclaration(body).orElse(StandardCharsets.UTF_8);
  }

  /** The charset a page's own markup declares in its first bytes, if any. */
  static Optional<Charset> fromDeclaration(byte[] body) {
    String head =
        new String(body, 0, Math.min(body.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher xml = XML_ENCODING.matcher(head);
    if (xml.find()) {
      return forLabel(xml.group(1)).map(CharsetDetection::asciiCompatible);
    }
    Matcher meta = META_CHARSET.matcher(COMMENT.matcher(head).replaceAll(""));
    if (meta.find()) {
      // A page that could be scanned as ASCII cannot really be UTF-16: HTML says read it as UTF-8.
      return forLabel(meta.group(1)).map(CharsetDetection::asciiCompatible);
    }
    return Optional.empty();
  }

  /** A charset for an encoding label, with WHATWG's aliases; empty when unknown or unsupported. */
  public static Optional<Charset> forLabel(String label) {
    String name = label.strip().toLowerCase(Locale.ROOT);
    if (WINDOWS_1252_LABELS.contains(name)) {
      return Optional.of(WINDOWS_1252);
    }
    if (name.equals("utf8") || name.equals("unicode-1-1-utf-8")) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    try {
      return Optional.of(Charset.forName(name));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static Charset asciiCompatible(Charset charset) {
    return charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")
        ? StandardCharsets.UTF_8
        : charset;
  }

  private static Optional<Charset> fromByteOrderMark(byte[] body) {
    if (body.length >= 3
        && (body[0] & 0xFF) == 0xEF
        && (body[1] & 0xFF) == 0xBB
        && (body[2] & 0xFF) == 0xBF) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    if (body.length >= 2 && (body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    if (body.length >= 2 && (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    return Optional.empty();
  }
}
