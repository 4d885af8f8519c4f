package dev.rescuedogs.store.ingest;

import dev.rescuedogs.core.availability.AvailabilityLadder;
import dev.rescuedogs.core.liveness.LivenessCandidate;
import dev.rescuedogs.core.liveness.LivenessCheck;
import dev.rescuedogs.core.liveness.LivenessVerdict;
import dev.rescuedogs.core.status.DogStatus;
import dev.rescuedogs.store.connection.Database;
import dev.rescuedogs.store.organization.MonitoringJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Liveness checks of missing dogs, on the database side: which dogs to check after a run, and what
 * their checked adoption pages change.
 *
 * <p>A dog is checked once it is missing from two consecutive successful runs — the last rung
 * before the availability ladder retires it as unknown — while it is still shown as available. A
 * page that is gone makes it {@code unknown}, one that says adopted or reserved makes it so. Every
 * check of such a dog is a {@code liveness_checked} event carrying the verdict and its evidence,
 * and a status it changes is a {@code status_changed} event, so the dog's history explains it.
 */
public final class LivenessStore {

  /** Misses after which a dog's page is checked: one run before the ladder retires it. */
  public static final int CHECK_AFTER_MISSES = AvailabilityLadder.RETIRE_AFTER_MISSES - 1;

  private final Jdbi jdbi;

  public LivenessStore(DataSource dataSource) {
    this.jdbi = Database.jdbi(Objects.requireNonNull(dataSource, "dataSource"));
  }

  /**
   * The organization's dogs whose adoption page is to be checked now: available and shown, missing
   * from the last {@value #CHECK_AFTER_MISSES} successful runs. At most the organization's {@code
   * liveness_checks_per_run} (default {@value MonitoringJson#DEFAULT_LIVENESS_CHECKS_PER_RUN}), the
   * most recently seen first.
   */
  public List<LivenessCandidate> candidates(String organizationId) {
    return jdbi.withHandle(
        handle -> {
          String monitoring =
              handle
                  .createQuery(
                      "SELECT monitoring::text FROM organizations WHERE config_id = :org AND"
                          + " active")
                  .bind("org", organizationId)
                  .mapTo(String.class)
                  .findOne()
                  .orElse(null);
          int limit = monitoring == null ? 0 : MonitoringJson.livenessChecksPerRun(monitoring);
          if (limit <= 0) {
            return List.of();
          }
          return handle
              .createQuery(
                  "SELECT d.external_id, d.adoption_url FROM dogs d"
                      + " JOIN organizations o ON o.id = d.organization_id"
                      + " WHERE o.config_id = :org AND d.active AND d.status = 'available'"
                      + " AND d.consecutive_runs_missing >= :misses"
                      + " ORDER BY d.last_seen_at DESC, d.id LIMIT :limit")
              .bind("org", organizationId)
              .bind("misses", CHECK_AFTER_MISSES)
              .bind("limit", limit)
              .map(
                  (rs, ctx) ->
                      new LivenessCandidate(
                          rs.getString("external_id"), rs.getString("adoption_url")))
              .list();
        });
  }

  /**
   * Applies the checks made for an organization's run. A verdict changes a dog only while it is
   * still missing and available: a dog listed again since, or given another status by its listing,
   * keeps what the listing says. Applying the same checks twice changes nothing more.
   *
   * @param runId the run whose standardization asked for the checks; their events belong to its
   *     session
   */
  public LivenessReport apply(String organizationId, String runId, List<LivenessCheck> checks) {
    return jdbi.inTransaction(
        handle -> {
          Long sessionId =
              handle
                  .createQuery(
                      "SELECT s.id FROM scrape_sessions s JOIN organizations o ON o.id ="
                          + " s.organization_id WHERE s.run_id = :run AND o.config_id = :org")
                  .bind("run", runId)
                  .bind("org", organizationId)
                  .mapTo(Long.class)
                  .findOne()
                  .orElse(null);
          Map<String, CheckedDog> dogs = checkedDogs(handle, organizationId, checks);
          Map<String, Integer> verdicts = new TreeMap<>();
          List<DogEvent> events = new ArrayList<>();
          int statusChanges = 0;
          for (LivenessCheck check : checks) {
            verdicts.merge(check.verdict().wireValue(), 1, Integer::sum);
            CheckedDog dog = dogs.get(check.externalId());
            if (dog == null
                || !dog.stillMissingAndAvailable()
                || !dog.adoptionUrl().equals(check.url())
                || check.verdict() == LivenessVerdict.NOT_CHECKED) {
              continue;
            }
            events.add(checked(dog.id(), sessionId, check));
            DogStatus status = check.verdict().status().orElse(null);
            if (status != null && changeStatus(handle, dog.id(), status, check)) {
              statusChanges++;
              events.add(
                  new DogEvent(
                      dog.id(),
                      sessionId,
                      DogEvent.STATUS_CHANGED,
                      null,
                      DogStatus.AVAILABLE.wireValue(),
                      status.wireValue(),
                      check.checkedAt()));
            }
          }
          new DogStore(handle).insertEvents(events);
          return new LivenessReport(organizationId, runId, checks.size(), statusChanges, verdicts);
        });
  }

  /** Changes an available dog's status; false when it is no longer available. */
  private static boolean changeStatus(
      Handle handle, long dogId, DogStatus status, LivenessCheck check) {
    return handle
            .createUpdate(
                "UPDATE dogs SET status = :status, active = :shown, status_changed_at = :at"
                    + " WHERE id = :id AND status = 'available'")
            .bind("status", status.wireValue())
            .bind("shown", AvailabilityLadder.isShown(status))
            .bind("at", Sql.timestamp(check.checkedAt()))
            .bind("id", dogId)
            .execute()
        == 1;
  }

  private static DogEvent checked(long dogId, Long sessionId, LivenessCheck check) {
    Map<String, Object> outcome = new LinkedHashMap<>();
    outcome.put("verdict", check.verdict().wireValue());
    outcome.put("evidence", Texts.withoutNul(check.evidence()));
    outcome.put("url", Texts.withoutNul(check.url()));
    outcome.put("http_status", check.statusCode());
    return new DogEvent(
        dogId, sessionId, DogEvent.LIVENESS_CHECKED, null, null, outcome, check.checkedAt());
  }

  private static Map<String, CheckedDog> checkedDogs(
      Handle handle, String organizationId, List<LivenessCheck> checks) {
    if (checks.isEmpty()) {
      return Map.of();
    }
    Map<String, CheckedDog> dogs = new LinkedHashMap<>();
    handle
        .createQuery(
            "SELECT d.id, d.external_id, d.adoption_url, d.status, d.consecutive_runs_missing"
                + " FROM dogs d JOIN organizations o ON o.id = d.organization_id"
                + " WHERE o.config_id = :org AND d.external_id = ANY(:ids)")
        .bind("org", organizationId)
        .bindArray(
            "ids", String.class, checks.stream().map(LivenessCheck::externalId).distinct().toList())
        .map(
            (rs, ctx) ->
                new CheckedDog(
                    rs.getLong("id"),
                    rs.getString("external_id"),
                    rs.getString("adoption_url"),
                    DogStatus.fromWireValue(rs.getString("status")),
                    rs.getInt("consecutive_runs_missing")))
        .forEach(dog -> dogs.put(dog.externalId(), dog));
    return dogs;
  }

  private record CheckedDog(
      long id, String externalId, String adoptionUrl, DogStatus status, int runsMissing) {

    boolean stillMissingAndAvailable() {
      return runsMissing > 0 && status == DogStatus.AVAILABLE;
    }
  }

  /**
   * What applying an organization's liveness checks did.
   *
   * @param checks checks received
   * @param statusChanges dogs whose status the checks changed
   * @param verdicts checks by verdict ({@link LivenessVerdict#wireValue()})
   */
  public record LivenessReport(
      String organizationId,
      String runId,
      int checks,
      int statusChanges,
      Map<String, Integer> verdicts) {

    public LivenessReport {
      verdicts = Map.copyOf(verdicts);
    }
  }
}
