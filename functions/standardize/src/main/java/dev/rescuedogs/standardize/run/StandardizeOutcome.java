package dev.rescuedogs.standardize.run;

import dev.rescuedogs.store.images.ImageSyncReport;
import dev.rescuedogs.store.ingest.IngestReport;
import dev.rescuedogs.store.ingest.RestandardizeReport;

/**
 * What handling one standardize message did: an ingestion (and the image copy that followed it,
 * null when images are disabled) or a re-standardization.
 */
public record StandardizeOutcome(
    IngestReport ingest, ImageSyncReport images, RestandardizeReport restandardize) {}
