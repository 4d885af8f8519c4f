package dev.rescuedogs.core.rawresult;

import dev.rescuedogs.core.dog.RawDog;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The raw result of scraping one organization once: the contract between the scraper and the
 * standardization function. It is stored as a JSON document ({@link RawResultJson}); field names
 * are snake_case, timestamps ISO-8601 UTC ({@code 2026-10-05T15:00:02.123Z}), enums lower case,
 * absent values {@code null} (never omitted), lists and maps never null.
 *
 * <pre>
 * schema_version   int     {@value #SCHEMA_VERSION}; bumped by any change a reader of the previous
 *                          version would misread (added fields do not bump it; readers ignore
 *                          unknown fields)
 * organization_id  string  the organization's config id, e.g. "dogstrust"
 * run_id           string  the weekly run this scrape belongs to
 * parser_version   string  the scraper's parser version; validators are only reused by a scraper
 *                          with the same version, so a fixed parser re-reads every page
 * started_at       string  UTC
 * finished_at      string  UTC
 * outcome          string  "complete" | "listing_failed"
 * error            string  why the listing failed; null when complete
 * listing          object  pages_expected (int|null), pages_seen (int), browser_restarts (int)
 * found            array   every dog on the listing, recorded before any filtering:
 *                          {external_id, name, status, adoption_url}; status is "available" |
 *                          "reserved" | "adopted" | "unknown". Empty when the listing failed.
 * dogs             array   dogs read in full: {external_id, name, adoption_url, status, breed,
 *                          age_text, sex, size, weight, height, location, description,
 *                          image_urls[], properties{string: string}}. Adopted dogs are only in
 *                          found: their pages are not read.
 * unchanged        array   external ids whose detail page answered 304 Not Modified to a
 *                          conditional GET: the previously stored data is still current
 * detail_failures  array   {external_id, url, reason, status_code, message}: dogs skipped
 *                          because their detail page failed; such a dog is in found, not in dogs
 * statistics       object  requests, retries, bytes, status_counts {"200": n, ...},
 *                          not_modified, robots_disallowed, failures, browser_navigations,
 *                          request_time_millis, wait_time_millis
 * validators       object  {url: {etag, last_modified}} for the detail pages read in this run
 *                          (parsed or unchanged), to send as conditional GETs next run
 * </pre>
 *
 * <p>Reading rules for consumers: only a {@code complete} result says anything about which dogs are
 * gone, and then only through {@code found}; a dog in {@code found} but in neither {@code dogs} nor
 * {@code unchanged} was seen but could not be read (its stored data stays, its last-seen time
 * moves).
 */
public record RawScrapeResult(
    int schemaVersion,
    String organizationId,
    String runId,
    String parserVersion,
    Instant startedAt,
    Instant finishedAt,
    Outcome outcome,
    String error,
    ListingCompleteness listing,
    List<FoundDog> found,
    List<RawDog> dogs,
    List<String> unchanged,
    List<DetailFailure> detailFailures,
    FetchStatistics statistics,
    Map<String, Validator> validators) {

  /** The version this code writes and reads. */
  public static final int SCHEMA_VERSION = 1;

  public RawScrapeResult {
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    Objects.requireNonNull(outcome, "outcome");
    listing = listing == null ? new ListingCompleteness(null, 0, 0) : listing;
    found = found == null ? List.of() : List.copyOf(found);
    dogs = dogs == null ? List.of() : List.copyOf(dogs);
    unchanged = unchanged == null ? List.of() : List.copyOf(unchanged);
    detailFailures = detailFailures == null ? List.of() : List.copyOf(detailFailures);
    statistics = statistics == null ? FetchStatistics.empty() : statistics;
    validators =
        Collections.unmodifiableMap(new TreeMap<>(validators == null ? Map.of() : validators));
    if (outcome == Outcome.LISTING_FAILED && (!found.isEmpty() || !dogs.isEmpty())) {
      throw new IllegalArgumentException("a failed listing must not carry dogs or found ids");
    }
  }

  /** Whether the listing was read completely. */
  public boolean isComplete() {
    return outcome == Outcome.COMPLETE;
  }
}
