package dev.rescuedogs.maintenance;

import dev.rescuedogs.store.maintenance.MaintenanceReport;

/** Where the figures of a maintenance run go. */
public interface MaintenanceMetrics {
  void record(MaintenanceReport report);
}
