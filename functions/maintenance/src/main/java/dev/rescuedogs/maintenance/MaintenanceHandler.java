package dev.rescuedogs.maintenance;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.rescuedogs.store.connection.Database;
import dev.rescuedogs.store.maintenance.CatalogMaintenance;
import dev.rescuedogs.store.maintenance.MaintenanceReport;
import dev.rescuedogs.store.maintenance.MaintenanceSettings;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.lambda.powertools.logging.CorrelationIdPaths;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.MetricsFactory;

/**
 * Lambda entry point of the weekly maintenance (EventBridge schedule): runs {@link
 * CatalogMaintenance} and publishes what it did. A failure is thrown, so the function's Errors
 * alarm fires. Environment: {@code DATABASE_URL} (or the {@code PG*} variables), the settings of
 * {@link MaintenanceSettings#fromEnvironment}, {@code POWERTOOLS_METRICS_NAMESPACE}.
 */
public final class MaintenanceHandler
    implements RequestHandler<Map<String, Object>, Map<String, Object>> {

  private static final Logger LOG = LoggerFactory.getLogger(MaintenanceHandler.class);

  private final CatalogMaintenance maintenance;
  private final MaintenanceSettings settings;
  private final MaintenanceMetrics metrics;

  public MaintenanceHandler() {
    this(Production.MAINTENANCE, Production.SETTINGS, Production.METRICS);
  }

  public MaintenanceHandler(
      CatalogMaintenance maintenance, MaintenanceSettings settings, MaintenanceMetrics metrics) {
    this.maintenance = Objects.requireNonNull(maintenance, "maintenance");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.metrics = Objects.requireNonNull(metrics, "metrics");
  }

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    return PowertoolsLogging.withLogging(
        context,
        CorrelationIdPaths.EVENT_BRIDGE,
        event,
        () -> {
          MaintenanceReport report = maintenance.run(settings);
          metrics.record(report);
          if (report.consistencyRepairs() > 0) {
            LOG.warn(
                "consistency check repaired {} dogs ({} of inactive organizations, {} missing from"
                    + " 3+ runs but still available): see docs/operations/maintenance.md",
                report.consistencyRepairs(),
                report.dogsOfInactiveOrganizations(),
                report.availableDogsMissingTooLong());
          }
          LOG.info(
              "maintenance done in {} ms: {} stuck sessions closed, {} old sessions deleted",
              report.duration().toMillis(),
              report.stuckSessionsClosed(),
              report.sessionsDeleted());
          return toResponse(report);
        });
  }

  static Map<String, Object> toResponse(MaintenanceReport report) {
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("stuck_sessions_closed", report.stuckSessionsClosed());
    response.put("sessions_deleted", report.sessionsDeleted());
    response.put("dogs_of_inactive_organizations", report.dogsOfInactiveOrganizations());
    response.put("available_dogs_missing_too_long", report.availableDogsMissingTooLong());
    response.put("analyzed_tables", report.analyzedTables());
    response.put("duration_ms", report.duration().toMillis());
    return response;
  }

  /** Built once per container, during its init phase. */
  private static final class Production {
    static final MaintenanceSettings SETTINGS = MaintenanceSettings.fromEnvironment(System.getenv());
    static final CatalogMaintenance MAINTENANCE =
        new CatalogMaintenance(Database.fromEnvironment(), Clock.systemUTC());
    static final MaintenanceMetrics METRICS = new EmfMaintenanceMetrics(metrics());

    private static Metrics metrics() {
      Metrics metrics = MetricsFactory.getMetricsInstance();
      String namespace = System.getenv("POWERTOOLS_METRICS_NAMESPACE");
      metrics.setNamespace(namespace == null || namespace.isBlank() ? "RescueDogs" : namespace);
      return metrics;
    }
  }
}
