package dev.rescuedogs.api.pagination;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescuedogs.api.http.Json;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque, tamper-evident page cursors: {@code base64url(json) "." base64url(mac)}. The JSON holds
 * the sort key of the last row served and a fingerprint of the query (filters and sort), so a
 * cursor is refused when altered, truncated or used with another query. The MAC key comes from
 * {@code CURSOR_SECRET}; cursors stay valid across instances that share it.
 */
public final class CursorCodec {

  /** Longest cursor accepted. */
  public static final int MAX_LENGTH = 600;

  private static final int MAC_BYTES = 16;
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final SecretKeySpec key;

  public CursorCodec(byte[] secret) {
    if (secret.length < 16) {
      throw new IllegalArgumentException("the cursor secret must have at least 16 bytes");
    }
    this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
  }

  /** The cursor that continues after a row with sort key {@code keys}. */
  public String encode(String fingerprint, ArrayNode keys) {
    ObjectNode payload = Json.object();
    payload.put("v", 1);
    payload.put("q", fingerprint);
    payload.set("k", keys);
    String body = ENCODER.encodeToString(Json.bytes(payload));
    return body + "." + ENCODER.encodeToString(mac(body));
  }

  /**
   * The sort key a cursor continues after, when it is authentic and belongs to the query with
   * {@code fingerprint}; empty otherwise (the caller answers 400).
   */
  public Optional<ArrayNode> decode(String cursor, String fingerprint) {
    if (cursor.length() > MAX_LENGTH || !cursor.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+")) {
      return Optional.empty();
    }
    int dot = cursor.indexOf('.');
    String body = cursor.substring(0, dot);
    byte[] given;
    try {
      given = DECODER.decode(cursor.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    // Only the canonical encoding counts: base64 has spare bits that would let a cursor be edited
    // without changing the decoded MAC.
    if (!ENCODER.encodeToString(given).equals(cursor.substring(dot + 1))
        || !MessageDigest.isEqual(given, mac(body))) {
      return Optional.empty();
    }
    try {
      JsonNode payload = Json.parse(DECODER.decode(body));
      if (payload.path("v").asInt() != 1
          || !payload.path("q").asText("").equals(fingerprint)
          || !payload.path("k").isArray()) {
        return Optional.empty();
      }
      return Optional.of((ArrayNode) payload.get("k"));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** A short, stable digest of a query's canonical description. */
  public static String fingerprint(String canonicalQuery) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(canonicalQuery.getBytes(StandardCharsets.UTF_8));
      return ENCODER.encodeToString(Arrays.copyOf(digest, 9));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /**
   * Loads the JDK's MAC implementation (the JCE provider framework: a few hundred milliseconds the
   * first time in a JVM), so that a cold start can do it off the request's path.
   */
  public static void loadMac() {
    try {
      Mac.getInstance("HmacSHA256");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private byte[] mac(String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return Arrays.copyOf(mac.doFinal(body.getBytes(StandardCharsets.US_ASCII)), MAC_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
