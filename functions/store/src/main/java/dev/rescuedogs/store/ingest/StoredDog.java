package dev.rescuedogs.store.ingest;

import dev.rescuedogs.core.availability.Availability;
import java.time.Instant;

/**
 * A dog row as the run found it.
 *
 * @param lastScrapedAt when the stored data was last read from the organization's site (the start
 *     of that scrape), or null
 */
record StoredDog(
    long id,
    String externalId,
    DogData data,
    Availability availability,
    Instant lastSeenAt,
    Instant lastScrapedAt) {}
