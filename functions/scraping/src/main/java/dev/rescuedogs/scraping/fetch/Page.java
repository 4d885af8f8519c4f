package dev.rescuedogs.scraping.fetch;

import dev.rescuedogs.core.rawresult.Validator;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A fetched (or browser-rendered) page: its URL as the site publishes it, status, headers and body.
 * Relative links in {@link #document()} resolve against {@link #url()}, so parsers produce the
 * site's own URLs even when a local copy served the page.
 */
public final class Page {

  private final URI url;
  private final int status;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private final Charset charset;
  private final boolean notModified;
  private volatile String text;
  private volatile Document document;

  private Page(
      URI url,
      int status,
      Map<String, List<String>> headers,
      byte[] body,
      Charset charset,
      boolean notModified) {
    this.url = Objects.requireNonNull(url, "url");
    this.status = status;
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    this.headers = Collections.unmodifiableMap(copy);
    this.body = body;
    this.charset = charset;
    this.notModified = notModified;
  }

  /** A page received over HTTP; the charset is detected from the header or the markup. */
  public static Page received(URI url, int status, Map<String, List<String>> headers, byte[] body) {
    String contentType = firstValue(headers, "Content-Type");
    return new Page(
        url, status, headers, body.clone(), CharsetDetection.detect(contentType, body), false);
  }

  /** A {@code 304 Not Modified} answer to a conditional GET: it has no body. */
  public static Page notModified(URI url, Map<String, List<String>> headers) {
    return new Page(url, 304, headers, new byte[0], StandardCharsets.UTF_8, true);
  }

  /** A page whose HTML is already text: a browser's DOM, or a file saved from a site. */
  public static Page ofHtml(URI url, String html) {
    Page page =
        new Page(
            url,
            200,
            Map.of("Content-Type", List.of("text/html; charset=utf-8")),
            html.getBytes(StandardCharsets.UTF_8),
            StandardCharsets.UTF_8,
            false);
    page.text = html;
    return page;
  }

  /** A saved file, decoded as a server that sent no charset would have it decoded. */
  public static Page ofSavedBytes(URI url, byte[] body) {
    return received(url, 200, Map.of(), body);
  }

  /** The URL as the site publishes it (after redirects). */
  public URI url() {
    return url;
  }

  public int status() {
    return status;
  }

  /**
   * Whether this is a 304 answer to a conditional GET (the previous run's copy is still current).
   */
  public boolean notModified() {
    return notModified;
  }

  /** The first value of a header, case-insensitively. */
  public Optional<String> header(String name) {
    return Optional.ofNullable(firstValue(headers, name));
  }

  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * The validators to revalidate this page with next time; empty fields when the server sent none.
   */
  public Validator validator() {
    return new Validator(header("ETag").orElse(null), header("Last-Modified").orElse(null));
  }

  public Charset charset() {
    return charset;
  }

  /** The body as received (decompressed). */
  public byte[] bytes() {
    return body.clone();
  }

  /** The decoded body. */
  public String text() {
    requireBody();
    String decoded = text;
    if (decoded == null) {
      decoded = new String(body, charset);
      if (!decoded.isEmpty() && decoded.charAt(0) == '\uFEFF') {
        decoded = decoded.substring(1);
      }
      text = decoded;
    }
    return decoded;
  }

  /** The body parsed as HTML, with {@link #url()} as base URI for {@code abs:} attributes. */
  public Document document() {
    requireBody();
    Document parsed = document;
    if (parsed == null) {
      parsed = Jsoup.parse(text(), url.toString());
      document = parsed;
    }
    return parsed;
  }

  private void requireBody() {
    if (notModified) {
      throw new IllegalStateException(url + " was not modified: there is no body to read");
    }
  }

  private static String firstValue(Map<String, List<String>> headers, String name) {
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
        return header.getValue().get(0);
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "Page[" + status + " " + url + ", " + body.length + " bytes, " + charset + "]";
  }
}
