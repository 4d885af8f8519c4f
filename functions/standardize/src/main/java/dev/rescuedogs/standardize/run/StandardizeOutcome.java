package dev.rescuedogs.standardize.run;

import dev.rescuedogs.core.liveness.LivenessCandidate;
import dev.rescuedogs.store.images.ImageSyncReport;
import dev.rescuedogs.store.ingest.IngestReport;
import dev.rescuedogs.store.ingest.LivenessStore.LivenessReport;
import dev.rescuedogs.store.ingest.RestandardizeReport;
import java.util.List;

/**
 * What handling one standardize message did: an ingestion (the image copy that followed it, null
 * when images are disabled, and the liveness checks it asked for), a re-standardization, or the
 * application of liveness checks.
 */
public record StandardizeOutcome(
    IngestReport ingest,
    ImageSyncReport images,
    List<LivenessCandidate> livenessRequested,
    RestandardizeReport restandardize,
    LivenessReport liveness) {

  public StandardizeOutcome {
    livenessRequested = livenessRequested == null ? List.of() : List.copyOf(livenessRequested);
  }
}
