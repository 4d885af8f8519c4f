package dev.rescuedogs.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rescuedogs.lambdacontext.InvocationContext;
import dev.rescuedogs.notifications.RunSummaryNotifier;
import dev.rescuedogs.store.connection.ConnectionSettings;
import dev.rescuedogs.store.connection.Database;
import dev.rescuedogs.store.maintenance.CatalogMaintenance;
import dev.rescuedogs.store.maintenance.MaintenanceReport;
import dev.rescuedogs.store.maintenance.MaintenanceSettings;
import dev.rescuedogs.store.migration.Migrations;
import dev.rescuedogs.store.runs.RunSummaries;
import dev.rescuedogs.store.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MaintenanceHandlerTest {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  private final List<MaintenanceReport> recorded = new ArrayList<>();
  private final List<String> delivered = new ArrayList<>();

  @BeforeAll
  static void schema() {
    Migrations.migrate(db.dataSource());
  }

  @Test
  void theWeeklyScheduleClosesAStuckSessionAndPublishesTheFigures() throws IOException {
    Database.jdbi(db.dataSource())
        .useHandle(
            handle -> {
              handle.execute(
                  "INSERT INTO organizations (config_id, slug, name, website_url, country)"
                      + " VALUES ('stuck', 'stuck', 'Stuck', 'https://example.org', 'DE')");
              handle.execute(
                  "INSERT INTO scrape_sessions (run_id, organization_id, started_at)"
                      + " SELECT 'run-1', id, now() - interval '5 hours' FROM organizations");
            });
    MaintenanceHandler handler = handler(db.dataSource());

    Map<String, Object> response = handler.handleRequest(event("scheduled-event.json"), context());

    assertThat(response)
        .containsEntry("stuck_sessions_closed", 1)
        .containsEntry("sessions_deleted", 0)
        .containsEntry("dogs_of_inactive_organizations", 0);
    assertThat(recorded)
        .singleElement()
        .satisfies(report -> assertThat(report.stuckSessionsClosed()).isEqualTo(1));
  }

  @Test
  void aFailureIsThrownSoTheErrorsAlarmSeesIt() throws IOException {
    MaintenanceHandler handler =
        handler(
            Database.dataSource(
                ConnectionSettings.parseUrl("postgresql://nobody:secret@127.0.0.1:1/none")));

    assertThatThrownBy(() -> handler.handleRequest(event("scheduled-event.json"), context()))
        .isInstanceOf(RuntimeException.class);
    assertThat(recorded).isEmpty();
  }

  @Test
  void aRunPastItsDeadlineIsSummarizedWithItsLateOrganizationsAndDelivered() throws IOException {
    Database.jdbi(db.dataSource())
        .useHandle(
            handle ->
                handle.execute(
                    "INSERT INTO run_summaries (run_id, started_at, expected_organizations)"
                        + " VALUES ('run-late', now() - interval '13 hours', ARRAY['dogstrust', 'rean'])"));

    Map<String, Object> response =
        handler(db.dataSource()).handleRequest(event("scheduled-event.json"), context());

    assertThat(response)
        .containsEntry("runs_finalized_at_deadline", List.of("run-late"))
        .containsEntry("run_summaries_delivered", 1);
    assertThat(delivered)
        .singleElement()
        .asString()
        .startsWith("Rescue dogs run run-late: 0/2 organizations ok")
        .contains("(needs attention)")
        .containsPattern("(?m)^rean\\s+missing");
  }

  private MaintenanceHandler handler(DataSource dataSource) {
    RunSummaries summaries = new RunSummaries(dataSource, Clock.systemUTC());
    return new MaintenanceHandler(
        new CatalogMaintenance(dataSource, Clock.systemUTC()),
        MaintenanceSettings.DEFAULTS,
        recorded::add,
        summaries,
        new RunSummaryNotifier(summaries, (subject, text) -> delivered.add(subject + "\n" + text)));
  }

  private static Map<String, Object> event(String name) throws IOException {
    try (InputStream in =
        MaintenanceHandlerTest.class.getResourceAsStream("/maintenance/" + name)) {
      return new ObjectMapper().readValue(in, new TypeReference<Map<String, Object>>() {});
    }
  }

  private static InvocationContext context() {
    return new InvocationContext("maintenance", Duration.ofMinutes(5), Clock.systemUTC());
  }
}
