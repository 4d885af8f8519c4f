package dev.rescuedogs.store.migration;

/**
 * The migration state of a database.
 *
 * @param currentVersion the newest applied version, null when nothing is applied
 * @param pendingCount migrations not applied yet
 */
public record MigrationSummary(String currentVersion, int pendingCount) {}
