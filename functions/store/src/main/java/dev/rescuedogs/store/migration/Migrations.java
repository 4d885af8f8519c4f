package dev.rescuedogs.store.migration;

import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;

/** Applies and reports the schema migrations under {@code db/migration} of this module. */
public final class Migrations {

  /** Where the migration scripts are on the classpath. */
  public static final String LOCATION = "classpath:db/migration";

  private Migrations() {}

  /**
   * Applies every pending migration, each in its own transaction. Running it again when nothing is
   * pending changes nothing.
   *
   * @throws org.flywaydb.core.api.FlywayException when a migration fails or an applied script was
   *     edited afterwards (checksum mismatch)
   */
  public static MigrationOutcome migrate(DataSource dataSource) {
    Flyway flyway = flyway(dataSource);
    MigrateResult result = flyway.migrate();
    // The result names a target version only when something ran; ask the history table instead.
    return new MigrationOutcome(result.migrationsExecuted, currentVersion(flyway.info()));
  }

  /** Every known migration, applied or not, in version order. */
  public static List<MigrationRecord> status(DataSource dataSource) {
    return Arrays.stream(flyway(dataSource).info().all()).map(Migrations::record).toList();
  }

  /** The current version and how many migrations are pending. */
  public static MigrationSummary summary(DataSource dataSource) {
    MigrationInfoService info = flyway(dataSource).info();
    return new MigrationSummary(currentVersion(info), info.pending().length);
  }

  /** Whether {@code version} (e.g. "4") has been reached by {@code summary}'s current version. */
  public static boolean reached(MigrationSummary summary, String version) {
    return summary.currentVersion() != null
        && MigrationVersion.fromVersion(summary.currentVersion()).isAtLeast(version);
  }

  private static Flyway flyway(DataSource dataSource) {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations(LOCATION)
        .failOnMissingLocations(true)
        .validateMigrationNaming(true)
        // Nothing in this project may wipe a database.
        .cleanDisabled(true)
        .load();
  }

  private static String currentVersion(MigrationInfoService info) {
    MigrationInfo current = info.current();
    return current == null || current.getVersion() == null
        ? null
        : current.getVersion().getVersion();
  }

  private static MigrationRecord record(MigrationInfo info) {
    return new MigrationRecord(
        info.getVersion() == null ? null : info.getVersion().getVersion(),
        info.getDescription(),
        info.getState().getDisplayName(),
        info.getInstalledOn() == null ? null : info.getInstalledOn().toInstant());
  }
}
