package dev.rescuedogs.store.ingest;

import dev.rescuedogs.core.rawresult.RawScrapeResult;
import dev.rescuedogs.core.standardization.DogStandardizer;
import dev.rescuedogs.store.connection.Database;
import dev.rescuedogs.store.ingest.SessionStore.Session;
import java.time.Clock;
import java.util.Objects;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * Standardizes one organization's raw scrape result and persists it: dogs, their image rows,
 * availability, history and the scrape session. See the package documentation for the contract.
 *
 * <p>Steps: the session of (run id, organization) is opened (or found) in a short transaction of
 * its own, so that a crash leaves a visible {@code running} row; the records are standardized with
 * the scrape's start as reference time; then one transaction locks the organization and the
 * session, applies everything and closes the session. A session already closed is reported as
 * stored and nothing changes, which makes a re-delivered or duplicated message harmless.
 */
public final class RunIngestor {

  private static final int MAX_ERROR_LENGTH = 2000;

  private final Jdbi jdbi;
  private final Clock clock;
  private final DogStandardizer standardizer;

  /** With the bundled standardization rules. */
  public RunIngestor(DataSource dataSource, Clock clock) {
    this(dataSource, clock, new DogStandardizer());
  }

  public RunIngestor(DataSource dataSource, Clock clock, DogStandardizer standardizer) {
    this.jdbi = Database.jdbi(Objects.requireNonNull(dataSource, "dataSource"));
    this.clock = Objects.requireNonNull(clock, "clock");
    this.standardizer = Objects.requireNonNull(standardizer, "standardizer");
  }

  /**
   * Standardizes and persists one organization's raw result in one transaction; idempotent per (run
   * id, organization).
   *
   * @param rawPayloadLocation where the raw result is archived (recorded on the session), or null
   * @return the session's figures; {@link IngestReport#alreadyCompleted()} when an earlier call had
   *     completed the session and this one changed nothing
   * @throws UnknownOrganizationException when no organization has the raw result's config id
   */
  public IngestReport ingest(RawScrapeResult raw, String rawPayloadLocation) {
    Objects.requireNonNull(raw, "raw");
    long organizationId = organizationId(raw.organizationId());
    Session opened =
        jdbi.inTransaction(
            handle ->
                new SessionStore(handle)
                    .openOrFind(
                        organizationId,
                        raw.runId(),
                        raw.startedAt(),
                        Texts.withoutNul(rawPayloadLocation)));
    if (opened.completed()) {
      return storedReport(opened.id(), raw);
    }

    long standardizeStart = System.nanoTime();
    StandardizedRun run = StandardizedRun.of(raw, standardizer);
    long standardizeMillis = (System.nanoTime() - standardizeStart) / 1_000_000;

    try {
      return jdbi.inTransaction(
          handle -> {
            SessionStore sessions = new SessionStore(handle);
            sessions.lockOrganization(organizationId);
            Session session = sessions.find(organizationId, raw.runId(), true).orElseThrow();
            if (session.completed()) {
              // A concurrent delivery of the same message finished first.
              return sessions
                  .report(session.id(), raw.runId(), raw.organizationId())
                  .asAlreadyCompleted();
            }
            return new RunWriter(handle, clock.instant())
                .ingest(
                    organizationId,
                    session.id(),
                    session.failedAttempts(),
                    raw,
                    run,
                    rawPayloadLocation,
                    standardizeMillis);
          });
    } catch (RuntimeException e) {
      noteFailedAttempt(opened.id(), e);
      throw e;
    }
  }

  /**
   * Re-applies the current standardization rules to the archived raw result of a completed session:
   * dogs whose stored data came from this result are updated (with history events for the changes)
   * and nothing else moves — no session counts, no availability, no stale update.
   *
   * @param rawPayloadLocation where the raw result was read from, recorded in the session's metrics
   * @throws UnknownOrganizationException when no organization has the raw result's config id
   * @throws IllegalStateException when the session does not exist or is still running
   */
  public RestandardizeReport restandardize(RawScrapeResult raw, String rawPayloadLocation) {
    Objects.requireNonNull(raw, "raw");
    long organizationId = organizationId(raw.organizationId());
    StandardizedRun run = StandardizedRun.of(raw, standardizer);
    return jdbi.inTransaction(
        handle -> {
          SessionStore sessions = new SessionStore(handle);
          sessions.lockOrganization(organizationId);
          Session session =
              sessions
                  .find(organizationId, raw.runId(), true)
                  .orElseThrow(
                      () ->
                          new IllegalStateException(
                              "no session of run "
                                  + raw.runId()
                                  + " for "
                                  + raw.organizationId()
                                  + ": ingest the raw result first"));
          if (!session.completed()) {
            throw new IllegalStateException(
                "the session of run "
                    + raw.runId()
                    + " for "
                    + raw.organizationId()
                    + " is still running: ingest it to completion first");
          }
          return new RunWriter(handle, clock.instant())
              .restandardize(
                  organizationId, session.id(), raw, run, Texts.withoutNul(rawPayloadLocation));
        });
  }

  private long organizationId(String configId) {
    return jdbi.withHandle(handle -> new SessionStore(handle).organizationId(configId))
        .orElseThrow(() -> new UnknownOrganizationException(configId));
  }

  private IngestReport storedReport(long sessionId, RawScrapeResult raw) {
    return jdbi.withHandle(
            handle -> new SessionStore(handle).report(sessionId, raw.runId(), raw.organizationId()))
        .asAlreadyCompleted();
  }

  /** Best effort: the original failure is what the caller must see. */
  private void noteFailedAttempt(long sessionId, RuntimeException failure) {
    String message =
        Texts.truncate(Texts.withoutNul("attempt failed: " + failure), MAX_ERROR_LENGTH);
    try {
      jdbi.useTransaction(handle -> new SessionStore(handle).noteFailedAttempt(sessionId, message));
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
    }
  }
}
