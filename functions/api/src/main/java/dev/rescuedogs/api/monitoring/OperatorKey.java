package dev.rescuedogs.api.monitoring;

import dev.rescuedogs.api.http.Problem;
import dev.rescuedogs.api.http.ProblemException;
import dev.rescuedogs.api.http.ProblemType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The operators' key ({@code ADMIN_API_KEY}, or a Secrets Manager secret), checked against the
 * {@code X-API-Key} header in constant time: both sides are hashed first, so neither the key's
 * content nor its length shows in the timing.
 */
public final class OperatorKey {

  private final Supplier<String> source;

  /**
   * @param key the configured key, or null/blank when none is configured (every call answers 503)
   */
  public OperatorKey(String key) {
    this(() -> key);
  }

  /**
   * @param source gives the key when a request needs it (null/blank: none, the call answers 503)
   */
  public OperatorKey(Supplier<String> source) {
    this.source = source;
  }

  /**
   * Lets the request through or throws: 503 when no key is configured, 401 when the header is
   * missing or wrong.
   */
  public void require(String given) {
    String key = source.get();
    byte[] expectedDigest = key == null || key.isBlank() ? null : digest(key.strip());
    if (expectedDigest == null) {
      throw new ProblemException(
          Problem.of(
              ProblemType.SERVICE_UNAVAILABLE,
              "Operator endpoints are disabled: no operator key is configured."),
          Map.of("Retry-After", "3600"));
    }
    byte[] givenDigest = digest(given == null ? "" : given.strip());
    if (given == null || !MessageDigest.isEqual(expectedDigest, givenDigest)) {
      throw new ProblemException(
          Problem.of(
              ProblemType.AUTHENTICATION_REQUIRED,
              "Send the operator key in the X-API-Key header."),
          Map.of("WWW-Authenticate", "ApiKey header=\"X-API-Key\""));
    }
  }

  private static byte[] digest(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
