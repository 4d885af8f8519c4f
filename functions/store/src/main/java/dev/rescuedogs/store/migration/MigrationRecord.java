package dev.rescuedogs.store.migration;

import java.time.Instant;

/**
 * One migration as Flyway sees it.
 *
 * @param version e.g. "3"; null for repeatable migrations
 * @param description e.g. "dogs"
 * @param state Flyway's state name: "Success", "Pending", "Failed", "Future", "Missing", ...
 * @param installedOn when it was applied (UTC), null when not applied
 */
public record MigrationRecord(
    String version, String description, String state, Instant installedOn) {}
