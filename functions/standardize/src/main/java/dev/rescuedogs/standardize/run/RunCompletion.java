package dev.rescuedogs.standardize.run;

import dev.rescuedogs.notifications.RunSummaryNotifier;
import dev.rescuedogs.store.runs.RunSummaries;
import java.util.List;
import java.util.Objects;

/**
 * After an organization's ingestion: summarizes its run when it was the last one to finish, and
 * delivers the summary to the info topic (with any an earlier outage held back).
 */
public final class RunCompletion {

  private final RunSummaries summaries;
  private final RunSummaryNotifier notifier;

  public RunCompletion(RunSummaries summaries, RunSummaryNotifier notifier) {
    this.summaries = Objects.requireNonNull(summaries, "summaries");
    this.notifier = Objects.requireNonNull(notifier, "notifier");
  }

  /**
   * Records that an organization of the run is ingested; when it was the last, delivers the run's
   * summary.
   *
   * @param runOrganizations the organizations the run was dispatched to (empty: every active one)
   */
  public void organizationFinished(String runId, List<String> runOrganizations) {
    if (summaries.organizationFinished(runId, runOrganizations).isPresent()) {
      notifier.deliverPending();
    }
  }
}
