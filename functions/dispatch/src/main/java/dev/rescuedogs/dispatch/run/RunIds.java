package dev.rescuedogs.dispatch.run;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * Run ids: the UTC time of the run in basic ISO-8601 form, {@code 20261130T150000Z}. Derived from
 * the schedule's time, so a retried invocation for the same schedule tick gets the same id (and the
 * scraper and the database see a duplicate, not a second run); sorting ids as text sorts runs in
 * time, which is how the scraper finds an organization's previous run in the raw bucket.
 */
public final class RunIds {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  /** What an explicitly given run id may look like: safe in S3 keys and log fields. */
  private static final Pattern VALID = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,63}");

  private RunIds() {}

  /** The run id of a run scheduled (or started) at {@code time}, to the second. */
  public static String forTime(Instant time) {
    return FORMAT.format(time.truncatedTo(ChronoUnit.SECONDS));
  }

  /**
   * An id given by an operator, checked.
   *
   * @throws IllegalArgumentException when it is not 1–64 letters, digits, '.', '_' or '-'
   */
  public static String requireValid(String runId) {
    if (runId == null || !VALID.matcher(runId).matches()) {
      throw new IllegalArgumentException(
          "invalid run_id '" + runId + "': use 1-64 letters, digits, '.', '_' or '-'");
    }
    return runId;
  }
}
