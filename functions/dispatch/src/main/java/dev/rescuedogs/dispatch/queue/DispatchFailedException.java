package dev.rescuedogs.dispatch.queue;

import java.util.List;

/**
 * Some scrape messages could not be sent, even after retries. The others were sent: a retried
 * dispatch re-sends them too, which the scraper recognises (the run's raw result already exists).
 */
public final class DispatchFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<String> failedOrganizations;

  public DispatchFailedException(List<String> failedOrganizations, int total, String details) {
    super(
        failedOrganizations.size()
            + " of "
            + total
            + " scrape messages could not be sent ("
            + String.join(", ", failedOrganizations)
            + "): "
            + details);
    this.failedOrganizations = List.copyOf(failedOrganizations);
  }

  /** The organizations whose message was not sent. */
  public List<String> failedOrganizations() {
    return failedOrganizations;
  }
}
