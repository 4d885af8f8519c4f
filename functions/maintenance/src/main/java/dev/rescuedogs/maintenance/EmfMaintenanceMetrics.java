package dev.rescuedogs.maintenance;

import dev.rescuedogs.store.maintenance.MaintenanceReport;
import java.util.Objects;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/**
 * CloudWatch metrics in the embedded metric format (Powertools): StuckSessionsClosed,
 * SessionsDeleted, ConsistencyRepairs (an alarm watches it: a healthy catalog needs none) and
 * MaintenanceDurationSeconds.
 */
public final class EmfMaintenanceMetrics implements MaintenanceMetrics {

  private final Metrics metrics;

  public EmfMaintenanceMetrics(Metrics metrics) {
    this.metrics = Objects.requireNonNull(metrics, "metrics");
  }

  @Override
  public void record(MaintenanceReport report) {
    metrics.flushMetrics(
        run -> {
          run.addMetric("StuckSessionsClosed", report.stuckSessionsClosed(), MetricUnit.COUNT);
          run.addMetric("SessionsDeleted", report.sessionsDeleted(), MetricUnit.COUNT);
          run.addMetric("ConsistencyRepairs", report.consistencyRepairs(), MetricUnit.COUNT);
          run.addMetric(
              "MaintenanceDurationSeconds",
              report.duration().toMillis() / 1000.0,
              MetricUnit.SECONDS);
        });
  }
}
