package dev.rescuedogs.scraping.replay;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A local web server that serves a folder as a site, for running scrapers end to end against a
 * recorded copy: in tests (each test starts one on a random loopback port) and behind the
 * command-line tool's {@code --base-url}.
 *
 * <p><b>Folder layout.</b> A request path maps to a file: {@code /a/b/} → {@code a/b/index.html};
 * {@code /a/b} → {@code a/b}, {@code a/b.html}, {@code a/b.json} or {@code a/b/index.html}. A query
 * string selects a variant named with {@code @} and the query before the extension ({@code
 * /dogs/?page=2} → {@code dogs/index@page=2.html}, {@code /rehoming/dogs?page=0&sort=NEW} → {@code
 * rehoming/dogs@page=0&sort=NEW.html}, any {@code /} in the query written {@code _}); when no
 * variant exists the query-less file answers, as single-page apps that ignore the query do. Files
 * get an {@code ETag} and {@code Last-Modified} and conditional GETs get {@code 304}. HTML, JSON
 * and text are declared UTF-8 (the test sites are written in UTF-8); script a reply to send
 * something else. {@code /robots.txt} is 404 (everything allowed) unless the folder has one or a
 * reply is scripted.
 *
 * <p><b>Header sidecars.</b> A file may have a sidecar named after it with {@code .headers}
 * appended ({@code wp-json/wp/v2/posts@page=1.json.headers}): one {@code Name: value} per line,
 * blank lines and {@code #} comments ignored. Its headers are sent with the file — what a site
 * sends beside the body, such as WordPress's {@code X-WP-TotalPages} or a {@code Content-Type}
 * without charset for a page in a legacy encoding — so a copy on disk answers like the site without
 * any scripting. The server's own {@code ETag} and {@code Last-Modified} win over a sidecar's (they
 * drive conditional GETs); a scripted reply replaces the sidecar; sidecars themselves are never
 * served.
 *
 * <p><b>Scripting.</b> {@link #script} queues replies consumed one request at a time (a 503 then
 * the real page); {@link #always} answers every request to a path. Keys are the raw path with its
 * query; a key without a query also matches requests with any query.
 *
 * <p><b>Recording.</b> Every request is recorded with its headers and arrival time ({@link
 * #requests()}), to assert pacing, retries and conditional GETs.
 */
public final class ReplayServer implements AutoCloseable {

  /** Appended to a file's name to name its header sidecar. */
  public static final String HEADERS_SIDECAR = ".headers";

  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;
  private static final Map<String, String> CONTENT_TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=utf-8"),
          Map.entry("htm", "text/html; charset=utf-8"),
          Map.entry("json", "application/json; charset=utf-8"),
          Map.entry("txt", "text/plain; charset=utf-8"),
          Map.entry("xml", "application/xml; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("png", "image/png"),
          Map.entry("gif", "image/gif"),
          Map.entry("webp", "image/webp"));

  private final Path root;
  private final HttpServer server;
  private final ExecutorService executor;
  private final Map<String, Deque<Reply>> scripted = new HashMap<>();
  private final Map<String, Reply> permanent = new HashMap<>();
  private final List<RecordedRequest> requests = new ArrayList<>();

  private ReplayServer(Path root) {
    this.root = root == null ? null : root.toAbsolutePath().normalize();
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the replay server", e);
    }
    executor =
        Executors.newCachedThreadPool(
            runnable -> {
              Thread thread = new Thread(runnable, "replay-server");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Serves a folder as a site. */
  public static ReplayServer serving(Path siteRoot) {
    if (!Files.isDirectory(siteRoot)) {
      throw new IllegalArgumentException(siteRoot + " is not a directory");
    }
    return new ReplayServer(siteRoot);
  }

  /** Serves only scripted replies (everything else is 404). */
  public static ReplayServer scriptedOnly() {
    return new ReplayServer(null);
  }

  /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
  public URI baseUri() {
    return URI.create(
        "http://"
            + server.getAddress().getAddress().getHostAddress()
            + ":"
            + server.getAddress().getPort());
  }

  /** The address of a path on this server, e.g. {@code url("/dogs/?page=2")}. */
  public URI url(String pathAndQuery) {
    return URI.create(baseUri() + pathAndQuery);
  }

  /** Queues replies for a path: the n-th request gets the n-th reply, later ones the default. */
  public synchronized ReplayServer script(String pathAndQuery, Reply... replies) {
    scripted.computeIfAbsent(pathAndQuery, key -> new ArrayDeque<>()).addAll(List.of(replies));
    return this;
  }

  /** Answers every request to a path with this reply. */
  public synchronized ReplayServer always(String pathAndQuery, Reply reply) {
    permanent.put(pathAndQuery, reply);
    return this;
  }

  /** Serves this robots.txt. */
  public ReplayServer robotsTxt(String content) {
    return always("/robots.txt", Reply.text("text/plain; charset=utf-8", content));
  }

  /** Every request received so far, in arrival order. */
  public synchronized List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /** The requests received for one path (with query), in arrival order. */
  public synchronized List<RecordedRequest> requestsTo(String pathAndQuery) {
    return requests.stream().filter(r -> r.pathAndQuery().equals(pathAndQuery)).toList();
  }

  public synchronized void clearRequests() {
    requests.clear();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      URI uri = exchange.getRequestURI();
      String path = uri.getRawPath();
      String pathAndQuery = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
      Reply scriptedReply = record(exchange, pathAndQuery, path);
      boolean siteDefault = scriptedReply == null;
      Reply reply = siteDefault ? Reply.file() : scriptedReply;
      if (!reply.delay().isZero()) {
        try {
          Thread.sleep(reply.delay().toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      if (reply.fromSite()) {
        serveFile(exchange, path, uri.getRawQuery(), reply, siteDefault);
      } else {
        send(
            exchange,
            reply.status(),
            contentType(reply.contentType(), reply.stripCharset()),
            reply.headers(),
            reply.body());
      }
    } catch (IOException | RuntimeException e) {
      // The client may have given up (a timeout test); nothing to answer then.
    }
  }

  /** Records the request; returns the reply scripted for it, or null for the site's own answer. */
  private synchronized Reply record(HttpExchange exchange, String pathAndQuery, String path) {
    Map<String, String> headers = new HashMap<>();
    exchange
        .getRequestHeaders()
        .forEach(
            (name, values) -> {
              if (!values.isEmpty()) {
                headers.put(name, values.get(0));
              }
            });
    requests.add(
        new RecordedRequest(
            exchange.getRequestMethod(), pathAndQuery, headers, System.nanoTime(), Instant.now()));
    for (String key : List.of(pathAndQuery, path)) {
      Deque<Reply> queue = scripted.get(key);
      if (queue != null && !queue.isEmpty()) {
        return queue.poll();
      }
      Reply fixed = permanent.get(key);
      if (fixed != null) {
        return fixed;
      }
    }
    return null;
  }

  private void serveFile(
      HttpExchange exchange, String rawPath, String rawQuery, Reply reply, boolean withSidecar)
      throws IOException {
    Optional<Path> file = resolve(rawPath, rawQuery);
    if (file.isEmpty()) {
      send(
          exchange,
          404,
          "text/html; charset=utf-8",
          reply.headers(),
          "<html><body><h1>Not Found</h1></body></html>".getBytes(StandardCharsets.UTF_8));
      return;
    }
    byte[] body = Files.readAllBytes(file.get());
    String etag = "\"" + HexFormat.of().formatHex(sha256(body), 0, 8) + "\"";
    Instant modified =
        Files.getLastModifiedTime(file.get()).toInstant().truncatedTo(ChronoUnit.SECONDS);
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    try {
      headers.putAll(withSidecar ? sidecarHeaders(file.get()) : Map.of());
    } catch (IllegalStateException brokenSidecar) {
      send(
          exchange,
          500,
          "text/plain; charset=utf-8",
          Map.of(),
          brokenSidecar.getMessage().getBytes(StandardCharsets.UTF_8));
      return;
    }
    headers.putAll(reply.headers());
    String sidecarType = headers.remove("Content-Type");
    headers.put("ETag", etag);
    headers.put("Last-Modified", HTTP_DATE.format(modified.atZone(ZoneOffset.UTC)));
    if (notModified(exchange, etag, modified)) {
      send(exchange, 304, null, headers, new byte[0]);
      return;
    }
    String type =
        reply.contentType() != null
            ? reply.contentType()
            : sidecarType != null ? sidecarType : contentTypeOf(file.get());
    send(exchange, reply.status(), contentType(type, reply.stripCharset()), headers, body);
  }

  private static boolean notModified(HttpExchange exchange, String etag, Instant modified) {
    String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
    if (ifNoneMatch != null) {
      return List.of(ifNoneMatch.split(",")).stream()
          .map(String::strip)
          .anyMatch(tag -> tag.equals(etag) || tag.equals("W/" + etag) || tag.equals("*"));
    }
    String ifModifiedSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
    if (ifModifiedSince != null) {
      try {
        Instant since = ZonedDateTime.parse(ifModifiedSince, HTTP_DATE).toInstant();
        return !modified.isAfter(since);
      } catch (DateTimeParseException e) {
        return false;
      }
    }
    return false;
  }

  private Optional<Path> resolve(String rawPath, String rawQuery) {
    if (root == null) {
      return Optional.empty();
    }
    String path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
    String relative = path.startsWith("/") ? path.substring(1) : path;
    List<String> names = new ArrayList<>();
    if (relative.isEmpty() || relative.endsWith("/")) {
      names.add(relative + "index.html");
      names.add(relative + "index.json");
    } else {
      names.add(relative);
      names.add(relative + ".html");
      names.add(relative + ".json");
      names.add(relative + "/index.html");
    }
    List<String> candidates = new ArrayList<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      String query = rawQuery.replace('/', '_');
      for (String name : names) {
        candidates.add(withQuery(name, query));
      }
    }
    candidates.addAll(names);
    for (String candidate : candidates) {
      if (candidate.endsWith(HEADERS_SIDECAR)) {
        continue;
      }
      Path file = root.resolve(candidate).normalize();
      if (file.startsWith(root) && Files.isRegularFile(file)) {
        return Optional.of(file);
      }
    }
    return Optional.empty();
  }

  /**
   * The headers of a file's sidecar, or none.
   *
   * @throws IllegalStateException for a line that is not {@code Name: value}: a broken copy must
   *     not pass for the site
   */
  static Map<String, String> sidecarHeaders(Path file) throws IOException {
    Path sidecar = file.resolveSibling(file.getFileName() + HEADERS_SIDECAR);
    if (!Files.isRegularFile(sidecar)) {
      return Map.of();
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line : Files.readAllLines(sidecar, StandardCharsets.UTF_8)) {
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      int colon = text.indexOf(':');
      if (colon <= 0) {
        throw new IllegalStateException(
            sidecar + ": expected 'Name: value' but found '" + text + "'");
      }
      headers.put(text.substring(0, colon).strip(), text.substring(colon + 1).strip());
    }
    return headers;
  }

  private static String withQuery(String name, String query) {
    int slash = name.lastIndexOf('/');
    int dot = name.lastIndexOf('.');
    if (dot > slash) {
      return name.substring(0, dot) + "@" + query + name.substring(dot);
    }
    return name + "@" + query;
  }

  private static String contentTypeOf(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return CONTENT_TYPES.getOrDefault(extension, "application/octet-stream");
  }

  private static String contentType(String type, boolean stripCharset) {
    if (type == null || !stripCharset) {
      return type;
    }
    int semicolon = type.indexOf(';');
    return semicolon < 0 ? type : type.substring(0, semicolon).strip();
  }

  private static void send(
      HttpExchange exchange,
      int status,
      String contentType,
      Map<String, String> headers,
      byte[] body)
      throws IOException {
    if (contentType != null) {
      exchange.getResponseHeaders().set("Content-Type", contentType);
    }
    headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    boolean noBody = status == 304 || status == 204 || exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, noBody ? -1 : body.length == 0 ? -1 : body.length);
    if (!noBody && body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static byte[] sha256(byte[] body) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(body);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
