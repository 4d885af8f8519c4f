package dev.rescuedogs.scraper.scrape;

import dev.rescuedogs.scraper.archive.RawLocation;

/**
 * What handling one scrape message did.
 *
 * @param location where the raw result is archived
 * @param scraped false when the run's raw result was archived already (a re-delivered message): it
 *     was announced again, not scraped again
 * @param complete whether the archived result's listing is complete (true when not scraped: the
 *     archived result was not read)
 * @param dogsFound dogs on the listing (0 when not scraped)
 */
public record ScrapeOutcome(
    RawLocation location, boolean scraped, boolean complete, int dogsFound) {}
