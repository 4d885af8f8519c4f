package dev.rescuedogs.api.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Adds what every response carries — validators ({@code ETag}, 304), caching, CORS, security
 * headers, compression — and turns it into API Gateway's response.
 */
public final class ResponseFinisher {

  /** Bodies smaller than this are sent as they are: compressing them saves less than it costs. */
  public static final int GZIP_MIN_BYTES = 1024;

  /** Methods a browser may use across origins. */
  public static final String ALLOWED_METHODS = "GET, HEAD, OPTIONS";

  private static final Map<String, String> SECURITY_HEADERS = securityHeaders();

  private final AllowedOrigins allowedOrigins;

  public ResponseFinisher(AllowedOrigins allowedOrigins) {
    this.allowedOrigins = allowedOrigins;
  }

  public APIGatewayV2HTTPResponse finish(HttpRequest request, HttpResponse response) {
    Map<String, String> headers = new LinkedHashMap<>(SECURITY_HEADERS);
    headers.putAll(response.headers());
    headers.put("Vary", "Origin, Accept-Encoding");
    allowedOrigins
        .allow(request.headers().get("origin"))
        .ifPresent(
            origin -> {
              headers.put("Access-Control-Allow-Origin", origin);
              headers.put("Access-Control-Expose-Headers", "ETag, Location, Retry-After");
            });
    boolean success = response.status() < 400;
    headers.put("Cache-Control", success ? response.cache().header() : CachePolicy.NONE.header());

    byte[] body = response.body();
    int status = response.status();
    boolean readsResource = request.method().equals("GET") || request.method().equals("HEAD");
    if (status == 200 && readsResource && body.length > 0) {
      String etag = etag(body);
      headers.put("ETag", etag);
      if (matches(request.headers().get("if-none-match"), etag)) {
        return build(304, headers, "", false);
      }
    }
    if (response.contentType() != null) {
      headers.put("Content-Type", response.contentType());
    }
    if (request.method().equals("HEAD") || body.length == 0) {
      return build(status, headers, "", false);
    }
    if (body.length >= GZIP_MIN_BYTES && acceptsGzip(request.headers().get("accept-encoding"))) {
      headers.put("Content-Encoding", "gzip");
      return build(status, headers, Base64.getEncoder().encodeToString(gzip(body)), true);
    }
    return build(status, headers, new String(body, StandardCharsets.UTF_8), false);
  }

  /** The answer to a CORS preflight ({@code OPTIONS}) for an existing route. */
  public HttpResponse preflight(HttpRequest request) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (allowedOrigins.allow(request.headers().get("origin")).isPresent()) {
      headers.put("Access-Control-Allow-Methods", ALLOWED_METHODS);
      headers.put("Access-Control-Allow-Headers", "Accept, Content-Type, If-None-Match, X-API-Key");
      headers.put("Access-Control-Max-Age", "3600");
    }
    headers.put("Allow", ALLOWED_METHODS);
    return new HttpResponse(204, null, new byte[0], headers, CachePolicy.NONE);
  }

  /** A weak validator: the same JSON compressed or not is the same representation to clients. */
  static String etag(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return "W/\""
          + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18))
          + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** {@code If-None-Match} uses the weak comparison (RFC 9110 §13.1.2). */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
      return false;
    }
    String opaque = stripWeak(etag);
    for (String candidate : ifNoneMatch.split(",", -1)) {
      String tag = candidate.strip();
      if (tag.equals("*") || stripWeak(tag).equals(opaque)) {
        return true;
      }
    }
    return false;
  }

  private static String stripWeak(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }

  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String entry : acceptEncoding.toLowerCase(Locale.ROOT).split(",", -1)) {
      String[] parts = entry.split(";", -1);
      String coding = parts[0].strip();
      if (!coding.equals("gzip") && !coding.equals("*")) {
        continue;
      }
      for (int i = 1; i < parts.length; i++) {
        String parameter = parts[i].strip();
        if (parameter.startsWith("q=") && parameter.substring(2).strip().matches("0(\\.0{0,3})?")) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static APIGatewayV2HTTPResponse build(
      int status, Map<String, String> headers, String body, boolean base64) {
    APIGatewayV2HTTPResponse response = new APIGatewayV2HTTPResponse();
    response.setStatusCode(status);
    response.setHeaders(headers);
    response.setBody(body);
    response.setIsBase64Encoded(base64);
    return response;
  }

  private static Map<String, String> securityHeaders() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("X-Frame-Options", "DENY");
    // A JSON API loads nothing and may be framed by no one.
    headers.put(
        "Content-Security-Policy",
        "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    headers.put("Referrer-Policy", "no-referrer");
    headers.put("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    headers.put("Cross-Origin-Resource-Policy", "cross-origin");
    return Map.copyOf(headers);
  }
}
