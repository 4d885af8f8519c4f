package dev.rescuedogs.store.migration;

/**
 * What {@link Migrations#migrate} did.
 *
 * @param appliedCount migrations applied by this call (0 when the schema was up to date)
 * @param currentVersion schema version after the call, e.g. "4"; null for an empty migration set
 */
public record MigrationOutcome(int appliedCount, String currentVersion) {}
