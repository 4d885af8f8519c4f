package dev.rescuedogs.core.rawresult;

import java.util.Objects;

/**
 * A dog skipped because its detail page could not be fetched or parsed.
 *
 * @param externalId the dog's id from the listing
 * @param url the detail page
 * @param reason {@code robots_disallowed}, {@code http_status}, {@code timeout}, {@code
 *     connection}, {@code body_too_large}, {@code bad_redirect}, {@code invalid_url}, {@code
 *     interrupted}, {@code browser}, {@code parse_error} or {@code time_budget} (not read because
 *     the scrape's deadline passed)
 * @param statusCode the last HTTP status, or null when there was no response
 * @param message what went wrong, for people
 */
public record DetailFailure(
    String externalId, String url, String reason, Integer statusCode, String message) {

  public DetailFailure {
    Objects.requireNonNull(externalId, "externalId");
    Objects.requireNonNull(reason, "reason");
  }
}
