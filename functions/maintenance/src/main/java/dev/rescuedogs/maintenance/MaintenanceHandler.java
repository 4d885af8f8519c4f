package dev.rescuedogs.maintenance;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.rescuedogs.notifications.RunSummaryNotifier;
import dev.rescuedogs.notifications.SnsSummaryTopic;
import dev.rescuedogs.store.connection.Database;
import dev.rescuedogs.store.maintenance.CatalogMaintenance;
import dev.rescuedogs.store.maintenance.MaintenanceReport;
import dev.rescuedogs.store.maintenance.MaintenanceSettings;
import dev.rescuedogs.store.runs.RunSummaries;
import dev.rescuedogs.store.runs.RunSummary;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.lambda.powertools.logging.CorrelationIdPaths;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.MetricsFactory;

/**
 * Lambda entry point of the daily maintenance (EventBridge schedule): runs {@link
 * CatalogMaintenance}, summarizes the weekly runs whose deadline passed before every organization
 * finished (the late ones reported as missing) and delivers any summary the info topic has not
 * received, then publishes what it did. A failure is thrown, so the function's Errors alarm fires.
 * Environment: {@code DATABASE_URL} (or the {@code PG*} variables), the settings of {@link
 * MaintenanceSettings#fromEnvironment}, {@code INFO_TOPIC_ARN}, {@code
 * POWERTOOLS_METRICS_NAMESPACE}.
 */
public final class MaintenanceHandler
    implements RequestHandler<Map<String, Object>, Map<String, Object>> {

  private static final Logger LOG = LoggerFactory.getLogger(MaintenanceHandler.class);

  private final CatalogMaintenance maintenance;
  private final MaintenanceSettings settings;
  private final MaintenanceMetrics metrics;
  private final RunSummaries summaries;
  private final RunSummaryNotifier notifier;

  public MaintenanceHandler() {
    this(
        Production.MAINTENANCE,
        Production.SETTINGS,
        Production.METRICS,
        Production.SUMMARIES,
        Production.NOTIFIER);
  }

  public MaintenanceHandler(
      CatalogMaintenance maintenance,
      MaintenanceSettings settings,
      MaintenanceMetrics metrics,
      RunSummaries summaries,
      RunSummaryNotifier notifier) {
    this.maintenance = Objects.requireNonNull(maintenance, "maintenance");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    this.summaries = Objects.requireNonNull(summaries, "summaries");
    this.notifier = Objects.requireNonNull(notifier, "notifier");
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
          List<RunSummary> overdue = summaries.finalizeOverdue(RunSummaries.DEFAULT_DEADLINE);
          overdue.forEach(
              run ->
                  LOG.warn(
                      "run {} passed its deadline before every organization finished: {}",
                      run.runId(),
                      run.subject()));
          int delivered = notifier.deliverPending();
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
          Map<String, Object> response = toResponse(report);
          response.put(
              "runs_finalized_at_deadline", overdue.stream().map(RunSummary::runId).toList());
          response.put("run_summaries_delivered", delivered);
          return response;
        });
  }

  /** The invocation's answer: what the maintenance did. */
  public static Map<String, Object> toResponse(MaintenanceReport report) {
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
    static final MaintenanceSettings SETTINGS =
        MaintenanceSettings.fromEnvironment(System.getenv());
    static final DataSource DATA_SOURCE = Database.fromEnvironment();
    static final CatalogMaintenance MAINTENANCE =
        new CatalogMaintenance(DATA_SOURCE, Clock.systemUTC());
    static final MaintenanceMetrics METRICS = new EmfMaintenanceMetrics(metrics());
    static final RunSummaries SUMMARIES = new RunSummaries(DATA_SOURCE, Clock.systemUTC());
    static final RunSummaryNotifier NOTIFIER =
        new RunSummaryNotifier(SUMMARIES, SnsSummaryTopic.fromEnvironment(System.getenv()));

    private static Metrics metrics() {
      Metrics metrics = MetricsFactory.getMetricsInstance();
      String namespace = System.getenv("POWERTOOLS_METRICS_NAMESPACE");
      metrics.setNamespace(namespace == null || namespace.isBlank() ? "RescueDogs" : namespace);
      return metrics;
    }
  }
}
