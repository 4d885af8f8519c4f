package dev.rescuedogs.store.runs;

import dev.rescuedogs.store.status.TextTable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What one weekly run did, organization by organization, with its totals.
 *
 * @param completion {@code complete} when every organization finished, {@code deadline} when the
 *     deadline passed first
 * @param publishedAt when the info topic received it, null until then
 */
public record RunSummary(
    String runId,
    Instant startedAt,
    Instant finalizedAt,
    String completion,
    List<OrganizationResult> organizations,
    Totals totals,
    Instant publishedAt) {

  public RunSummary {
    Objects.requireNonNull(runId, "runId");
    organizations = List.copyOf(organizations);
  }

  /** The run's sums. */
  public record Totals(
      int organizations,
      int succeeded,
      int warnings,
      int errors,
      int missing,
      int found,
      int added,
      int updated,
      int markedMissing,
      int rejected) {

    static Totals of(List<OrganizationResult> results) {
      int succeeded = 0;
      int warnings = 0;
      int errors = 0;
      int missing = 0;
      int found = 0;
      int added = 0;
      int updated = 0;
      int markedMissing = 0;
      int rejected = 0;
      for (OrganizationResult result : results) {
        switch (result.status()) {
          case "success" -> succeeded++;
          case "warning" -> warnings++;
          case "error" -> errors++;
          default -> missing++;
        }
        found += result.found();
        added += result.added();
        updated += result.updated();
        markedMissing += result.markedMissing();
        rejected += result.rejected();
      }
      return new Totals(
          results.size(),
          succeeded,
          warnings,
          errors,
          missing,
          found,
          added,
          updated,
          markedMissing,
          rejected);
    }
  }

  /** True when any organization did not finish cleanly: the summary deserves a look. */
  public boolean needsAttention() {
    return totals.warnings() + totals.errors() + totals.missing() > 0;
  }

  /** A one-line subject for the e-mail the info topic sends. */
  public String subject() {
    return String.format(
        Locale.ROOT,
        "Rescue dogs run %s: %d/%d organizations ok, %d dogs found, %d added%s",
        runId,
        totals.succeeded(),
        totals.organizations(),
        totals.found(),
        totals.added(),
        needsAttention() ? " (needs attention)" : "");
  }

  /** The summary as a plain-text table, as the local {@code run} prints it and e-mails show it. */
  public String toText() {
    TextTable table =
        new TextTable(
            List.of(
                "ORGANIZATION",
                "STATUS",
                "FOUND",
                "ADDED",
                "UPDATED",
                "MISSING",
                "REJECTED",
                "QUALITY",
                "DURATION",
                "NOTE"),
            List.of(false, false, true, true, true, true, true, true, true, false));
    for (OrganizationResult result : organizations) {
      table.add(
          List.of(
              result.organization(),
              result.status(),
              String.valueOf(result.found()),
              String.valueOf(result.added()),
              String.valueOf(result.updated()),
              String.valueOf(result.markedMissing()),
              String.valueOf(result.rejected()),
              result.qualityScore() == null
                  ? "-"
                  : String.format(Locale.ROOT, "%.2f", result.qualityScore()),
              result.durationSeconds() == null
                  ? "-"
                  : String.format(Locale.ROOT, "%.0f s", result.durationSeconds()),
              note(result)));
    }
    table.add(
        List.of(
            "TOTAL",
            totals.succeeded() + " ok",
            String.valueOf(totals.found()),
            String.valueOf(totals.added()),
            String.valueOf(totals.updated()),
            String.valueOf(totals.markedMissing()),
            String.valueOf(totals.rejected()),
            "",
            "",
            totals.warnings()
                + " warnings, "
                + totals.errors()
                + " errors, "
                + totals.missing()
                + " missing"));
    return "Run "
        + runId
        + " (started "
        + startedAt
        + ", "
        + (completion.equals("complete") ? "complete" : "finalized at its deadline")
        + ")\n"
        + table.render();
  }

  private static String note(OrganizationResult result) {
    String note =
        result.error() != null
            ? result.error()
            : result.partialFailureReason() != null ? result.partialFailureReason() : "";
    return note.length() > 80 ? note.substring(0, 77) + "..." : note;
  }
}
