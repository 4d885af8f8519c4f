package dev.rescuedogs.standardize.liveness;

import dev.rescuedogs.core.liveness.LivenessCandidate;
import java.util.List;

/** Where requests for liveness checks go: the scrape queue, whose scraper checks the pages. */
@FunctionalInterface
public interface LivenessQueue {

  void send(
      String runId, String organizationId, String correlationId, List<LivenessCandidate> dogs);
}
