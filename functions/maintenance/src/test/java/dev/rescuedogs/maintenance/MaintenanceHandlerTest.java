package dev.rescuedogs.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rescuedogs.lambdacontext.InvocationContext;
import dev.rescuedogs.store.connection.ConnectionSettings;
import dev.rescuedogs.store.connection.Database;
import dev.rescuedogs.store.maintenance.CatalogMaintenance;
import dev.rescuedogs.store.maintenance.MaintenanceReport;
import dev.rescuedogs.store.maintenance.MaintenanceSettings;
import dev.rescuedogs.store.migration.Migrations;
import dev.rescuedogs.store.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MaintenanceHandlerTest {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  private final List<MaintenanceReport> recorded = new ArrayList<>();

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
    MaintenanceHandler handler =
        new MaintenanceHandler(
            new CatalogMaintenance(db.dataSource(), Clock.systemUTC()),
            MaintenanceSettings.DEFAULTS,
            recorded::add);

    Map<String, Object> response = handler.handleRequest(event("scheduled-event.json"), context());

    assertThat(response)
        .containsEntry("stuck_sessions_closed", 1)
        .containsEntry("sessions_deleted", 0)
        .containsEntry("dogs_of_inactive_organizations", 0);
    assertThat(recorded).singleElement().satisfies(report -> assertThat(report.stuckSessionsClosed()).isEqualTo(1));
  }

  @Test
  void aFailureIsThrownSoTheErrorsAlarmSeesIt() throws IOException {
    MaintenanceHandler handler =
        new MaintenanceHandler(
            new CatalogMaintenance(
                Database.dataSource(
                    ConnectionSettings.parseUrl(
                        "postgresql://nobody:secret@127.0.0.1:1/none")),
                Clock.systemUTC()),
            MaintenanceSettings.DEFAULTS,
            recorded::add);

    assertThatThrownBy(() -> handler.handleRequest(event("scheduled-event.json"), context()))
        .isInstanceOf(RuntimeException.class);
    assertThat(recorded).isEmpty();
  }

  private static Map<String, Object> event(String name) throws IOException {
    try (InputStream in = MaintenanceHandlerTest.class.getResourceAsStream("/maintenance/" + name)) {
      return new ObjectMapper().readValue(in, new TypeReference<Map<String, Object>>() {});
    }
  }

  private static InvocationContext context() {
    return new InvocationContext("maintenance", Duration.ofMinutes(5), Clock.systemUTC());
  }
}
