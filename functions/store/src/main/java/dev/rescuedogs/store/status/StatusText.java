package dev.rescuedogs.store.status;

import dev.rescuedogs.store.status.DatabaseStatus.OrganizationActivity;
import dev.rescuedogs.store.status.DatabaseStatus.SessionSummary;
import dev.rescuedogs.store.status.DatabaseStatus.StaleSession;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders a {@link DatabaseStatus} as plain-text sections and tables. */
final class StatusText {

  private StatusText() {}

  static String render(DatabaseStatus status) {
    StringBuilder out = new StringBuilder();
    out.append("Database status at ").append(timestamp(status.readAt())).append('\n');
    out.append("Schema version: ")
        .append(
            status.migrations().currentVersion() == null
                ? "none"
                : status.migrations().currentVersion())
        .append(", pending migrations: ")
        .append(status.migrations().pendingCount())
        .append('\n');
    if (!status.schemaReady()) {
      out.append("The schema is not migrated yet: run `db migrate`.\n");
      return out.toString();
    }

    out.append("\nDogs by status\n");
    out.append(countTable("STATUS", status.dogsByStatus()));
    out.append("\nAvailable dogs by availability confidence\n");
    out.append(countTable("CONFIDENCE", status.availableDogsByConfidence()));

    out.append("\nOrganizations and their last scrape\n");
    if (status.organizations().isEmpty()) {
      out.append("(none: run `config sync`)\n");
    } else {
      TextTable table =
          new TextTable(
              List.of(
                  "ORGANIZATION",
                  "ACTIVE",
                  "AVAILABLE",
                  "RUN",
                  "STATUS",
                  "STARTED",
                  "FINISHED",
                  "FOUND",
                  "QUALITY"),
              List.of(false, false, true, false, false, false, false, true, true));
      for (OrganizationActivity org : status.organizations()) {
        SessionSummary session = org.lastSession();
        List<String> row = new ArrayList<>();
        row.add(org.configId());
        row.add(org.active() ? "yes" : "no");
        row.add(Long.toString(org.availableDogs()));
        if (session == null) {
          row.addAll(List.of("-", "never scraped", "-", "-", "-", "-"));
        } else {
          row.add(session.runId());
          row.add(session.status());
          row.add(timestamp(session.startedAt()));
          row.add(session.finishedAt() == null ? "-" : timestamp(session.finishedAt()));
          row.add(Integer.toString(session.dogsFound()));
          row.add(session.qualityScore() == null ? "-" : session.qualityScore().toPlainString());
        }
        table.add(row);
      }
      out.append(table.render());
    }

    out.append("\nStale sessions (running for more than ")
        .append(duration(status.staleAfter()))
        .append(")\n");
    if (status.staleSessions().isEmpty()) {
      out.append("(none)\n");
    } else {
      TextTable table =
          new TextTable(
              List.of("SESSION", "RUN", "ORGANIZATION", "STARTED", "RUNNING FOR"),
              List.of(true, false, false, false, true));
      for (StaleSession session : status.staleSessions()) {
        table.add(
            List.of(
                Long.toString(session.sessionId()),
                session.runId(),
                session.organizationConfigId(),
                timestamp(session.startedAt()),
                duration(session.age())));
      }
      out.append(table.render());
    }
    return out.toString();
  }

  private static String countTable(String keyHeader, Map<String, Long> counts) {
    TextTable table = new TextTable(List.of(keyHeader, "DOGS"), List.of(false, true));
    long total = 0;
    for (Map.Entry<String, Long> entry : counts.entrySet()) {
      table.add(List.of(entry.getKey(), Long.toString(entry.getValue())));
      total += entry.getValue();
    }
    table.add(List.of("total", Long.toString(total)));
    return table.render();
  }

  private static String timestamp(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** E.g. "1h", "26h 5m", "45m". */
  static String duration(Duration duration) {
    long hours = duration.toHours();
    int minutes = duration.toMinutesPart();
    if (hours == 0) {
      return minutes + "m";
    }
    return minutes == 0 ? hours + "h" : hours + "h " + minutes + "m";
  }
}
