package dev.rescuedogs.core.liveness;

import dev.rescuedogs.core.text.TextSanitizer;
import java.time.Instant;
import java.util.Objects;

/**
 * The outcome of checking one dog's adoption page.
 *
 * @param externalId the dog's id at its organization
 * @param url the page checked
 * @param verdict what the page said
 * @param evidence why, for people reading the dog's history: e.g. {@code HTTP 404}, {@code
 *     redirected to https://example.org/dogs/}, {@code heading "Luna - ADOPTIERT"}; sanitized to
 *     plain text of at most {@value #MAX_EVIDENCE_LENGTH} characters
 * @param statusCode the last HTTP status received, or null when none was
 * @param checkedAt when the page was checked
 */
public record LivenessCheck(
    String externalId,
    String url,
    LivenessVerdict verdict,
    String evidence,
    Integer statusCode,
    Instant checkedAt) {

  /** Evidence is quoted page text: kept short, like a log line. */
  public static final int MAX_EVIDENCE_LENGTH = 200;

  public LivenessCheck {
    Objects.requireNonNull(externalId, "externalId");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(checkedAt, "checkedAt");
    // Evidence quotes the site's pages: stored and shown as plain text only.
    String plain = TextSanitizer.plainText(evidence, MAX_EVIDENCE_LENGTH);
    evidence = plain == null ? verdict.wireValue() : plain;
  }
}
