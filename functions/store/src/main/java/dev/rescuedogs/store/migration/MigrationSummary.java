package dev.rescuedogs.store.migration;

/**
 * @param currentVersion the newest applied version, null when nothing is applied
 * @param pendingCount migrations not applied yet
 */
public record MigrationSummary(String currentVersion, int pendingCount) {}
