package dev.rescuedogs.store.maintenance;

import java.time.Duration;
import java.util.List;

/**
 * What one maintenance run did.
 *
 * @param stuckSessionsClosed sessions left {@code running} by a crashed function, now {@code error}
 * @param sessionsDeleted finished sessions past the retention
 * @param dogsOfInactiveOrganizations active dogs of an inactive organization, now inactive
 * @param availableDogsMissingTooLong available dogs missing from 3 or more runs, now unknown and
 *     inactive (the ladder's last step, which a crashed or interrupted run can leave undone)
 * @param analyzedTables the tables whose planner statistics were refreshed
 */
public record MaintenanceReport(
    int stuckSessionsClosed,
    int sessionsDeleted,
    int dogsOfInactiveOrganizations,
    int availableDogsMissingTooLong,
    List<String> analyzedTables,
    Duration duration) {

  public MaintenanceReport {
    analyzedTables = List.copyOf(analyzedTables);
  }

  /** Rows the consistency check had to repair; zero on a healthy catalog. */
  public int consistencyRepairs() {
    return dogsOfInactiveOrganizations + availableDogsMissingTooLong;
  }
}
