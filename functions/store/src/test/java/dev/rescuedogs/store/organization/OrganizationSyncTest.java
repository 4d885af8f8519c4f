package dev.rescuedogs.store.organization;

import static dev.rescuedogs.store.StoreFixtures.config;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.organizations.OrganizationConfig.Location;
import dev.rescuedogs.organizations.OrganizationConfig.ServiceRegion;
import dev.rescuedogs.store.StoreFixtures;
import dev.rescuedogs.store.connection.Database;
import dev.rescuedogs.store.migration.Migrations;
import dev.rescuedogs.store.testing.TestDatabase;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OrganizationSyncTest {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  private Jdbi jdbi;
  private OrganizationSync sync;

  @BeforeEach
  void emptySchema() {
    Migrations.migrate(db.dataSource());
    jdbi = Database.jdbi(db.dataSource());
    jdbi.useHandle(
        handle ->
            handle.execute(
                "TRUNCATE organizations, organization_locations, service_regions, dogs,"
                    + " scrape_sessions RESTART IDENTITY CASCADE"));
    sync = new OrganizationSync(db.dataSource());
  }

  @Test
  void monitoringOverridesAreStoredAndChangedWithTheConfig() {
    OrganizationConfig plain = config("small-rescue", "Small Rescue");
    sync.sync(List.of(plain));
    assertThat(monitoring("small-rescue")).isEqualTo("{}");

    OrganizationConfig loosened =
        new OrganizationConfig(
            plain.id(),
            plain.name(),
            plain.enabled(),
            plain.scraper(),
            plain.website(),
            plain.description(),
            plain.country(),
            plain.city(),
            plain.locations(),
            plain.serviceRegions(),
            plain.shipsTo(),
            plain.social(),
            plain.adoptionFee(),
            plain.establishedYear(),
            plain.logoUrl(),
            new OrganizationConfig.Monitoring(1, 0.25, null, null, null, 0.4, 10));
    SyncSummary summary = sync.sync(List.of(loosened));

    assertThat(summary.updated()).containsExactly("small-rescue");
    String stored = monitoring("small-rescue");
    assertThat(stored)
        .isEqualTo(
            "{\"minimum_dogs\": 1, \"history_fraction\": 0.25, \"quality_threshold\": 0.4,"
                + " \"liveness_checks_per_run\": 10}");
    assertThat(MonitoringJson.partialFailure(stored))
        .isEqualTo(new dev.rescuedogs.core.availability.PartialFailureSettings(1, 0.25, 3, 9, 0.2));
    assertThat(MonitoringJson.qualityThreshold(stored)).isEqualTo(0.4);
    assertThat(MonitoringJson.qualityThreshold("{}"))
        .isEqualTo(MonitoringJson.DEFAULT_QUALITY_THRESHOLD);
    assertThat(MonitoringJson.livenessChecksPerRun(stored)).isEqualTo(10);
    assertThat(MonitoringJson.livenessChecksPerRun("{}"))
        .isEqualTo(MonitoringJson.DEFAULT_LIVENESS_CHECKS_PER_RUN);
  }

  private String monitoring(String configId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT monitoring::text FROM organizations WHERE config_id = :id")
                .bind("id", configId)
                .mapTo(String.class)
                .one());
  }

  @Test
  void insertsNewOrganizationsWithAllTheirData() {
    SyncSummary summary =
        sync.sync(
            List.of(
                config("tierschutz", "Tierschutzverein Straße & Söhne e.V."),
                config("dogs-trust", "Dogs Trust")));

    assertThat(summary.inserted()).containsExactly("dogs-trust", "tierschutz");
    assertThat(summary.updated()).isEmpty();
    assertThat(summary.deactivated()).isEmpty();
    assertThat(summary.toString()).isEqualTo("2 inserted, 0 updated, 0 unchanged, 0 deactivated");

    Map<String, Object> row =
        jdbi.withHandle(
            handle ->
                handle
                    .createQuery(
                        "SELECT slug, name, website_url, country, city, array_to_string(ships_to,"
                            + " ',') AS ships_to, social ->> 'facebook' AS facebook,"
                            + " adoption_fee_amount, adoption_fee_currency, established_year,"
                            + " logo_url, active, last_config_sync IS NOT NULL AS synced FROM"
                            + " organizations WHERE config_id = 'tierschutz'")
                    .mapToMap()
                    .one());
    assertThat(row)
        .containsEntry("slug", "tierschutzverein-strasse-sohne-e-v")
        .containsEntry("name", "Tierschutzverein Straße & Söhne e.V.")
        .containsEntry("website_url", "https://tierschutz.example.org")
        .containsEntry("country", "DE")
        .containsEntry("city", "Berlin")
        .containsEntry("ships_to", "AT,DE")
        .containsEntry("facebook", "https://facebook.com/tierschutz")
        .containsEntry("adoption_fee_currency", "EUR")
        .containsEntry("established_year", 2010)
        .containsEntry("logo_url", "https://tierschutz.example.org/logo.png")
        .containsEntry("active", true)
        .containsEntry("synced", true);
    assertThat(row.get("adoption_fee_amount").toString()).isEqualTo("350.00");
    assertThat(locations("tierschutz"))
        .containsExactly(tuple("Shelter", "Berlin", "DE", 52.52, 13.405));
    assertThat(serviceRegions("tierschutz")).containsExactly("AT/Tirol", "DE/-");
  }

  @Test
  void aSecondIdenticalSyncChangesNothing() {
    List<OrganizationConfig> configs = List.of(config("a", "Alpha"), config("b", "Beta"));
    sync.sync(configs);
    Instant updatedBefore = updatedAt("a");
    Instant syncedBefore = lastConfigSync("a");

    SyncSummary summary = sync.sync(configs);

    assertThat(summary.unchanged()).containsExactly("a", "b");
    assertThat(summary.inserted()).isEmpty();
    assertThat(summary.updated()).isEmpty();
    assertThat(updatedAt("a")).isEqualTo(updatedBefore);
    assertThat(lastConfigSync("a")).isAfter(syncedBefore);
  }

  @Test
  void updatesChangedFieldsButNeverTheSlug() {
    sync.sync(List.of(config("a", "Alpha Rescue")));

    OrganizationConfig renamed =
        withName(config("a", "Alpha Rescue"), "Alpha Rescue International");
    SyncSummary summary = sync.sync(List.of(renamed));

    assertThat(summary.updated()).containsExactly("a");
    assertThat(text("SELECT name FROM organizations WHERE config_id = 'a'"))
        .isEqualTo("Alpha Rescue International");
    assertThat(text("SELECT slug FROM organizations WHERE config_id = 'a'"))
        .isEqualTo("alpha-rescue");
  }

  @Test
  void replacesLocationsAndServiceRegionsWhenTheyChange() {
    sync.sync(List.of(config("a", "Alpha")));
    OrganizationConfig base = config("a", "Alpha");
    OrganizationConfig moved =
        new OrganizationConfig(
            base.id(),
            base.name(),
            base.enabled(),
            base.scraper(),
            base.website(),
            base.description(),
            base.country(),
            base.city(),
            List.of(
                new Location("Foster homes", "Munich", "DE", 48.137, 11.575),
                new Location("Shelter", "Sofia", "BG", 42.698, 23.322)),
            List.of(
                new ServiceRegion("DE", null),
                new ServiceRegion("DE", null),
                new ServiceRegion("GB", " ")),
            base.shipsTo(),
            base.social(),
            base.adoptionFee(),
            base.establishedYear(),
            base.logoUrl());
    Instant updatedBefore = updatedAt("a");

    SyncSummary summary = sync.sync(List.of(moved));

    assertThat(summary.updated()).containsExactly("a");
    assertThat(updatedAt("a")).isAfter(updatedBefore);
    assertThat(locations("a"))
        .containsExactly(
            tuple("Foster homes", "Munich", "DE", 48.137, 11.575),
            tuple("Shelter", "Sofia", "BG", 42.698, 23.322));
    assertThat(serviceRegions("a")).containsExactly("DE/-", "GB/-");
    assertThat(sync.sync(List.of(moved)).unchanged()).containsExactly("a");
  }

  @Test
  void aDisabledConfigMakesTheOrganizationInactiveAndEnablingReactivatesIt() {
    sync.sync(List.of(config("a", "Alpha"), config("b", "Beta")));

    SyncSummary disabled =
        sync.sync(List.of(withEnabled(config("a", "Alpha"), false), config("b", "Beta")));
    assertThat(disabled.updated()).containsExactly("a");
    assertThat(active("a")).isFalse();

    SyncSummary enabled = sync.sync(List.of(config("a", "Alpha"), config("b", "Beta")));
    assertThat(enabled.updated()).containsExactly("a");
    assertThat(active("a")).isTrue();
  }

  @Test
  void anOrganizationWhoseConfigDisappearedIsDeactivatedNotDeleted() {
    sync.sync(List.of(config("a", "Alpha"), config("b", "Beta")));
    long organizationId =
        jdbi.withHandle(
            h ->
                h.createQuery("SELECT id FROM organizations WHERE config_id = 'b'")
                    .mapTo(Long.class)
                    .one());
    jdbi.useHandle(handle -> StoreFixtures.insertDog(handle, organizationId, "d1", "rex-1"));

    SyncSummary summary = sync.sync(List.of(config("a", "Alpha")));

    assertThat(summary.deactivated()).containsExactly("b");
    assertThat(summary.unchanged()).containsExactly("a");
    assertThat(active("b")).isFalse();
    assertThat(text("SELECT count(*)::text FROM dogs WHERE organization_id = " + organizationId))
        .isEqualTo("1");
    // Deactivating again reports nothing new.
    assertThat(sync.sync(List.of(config("a", "Alpha"))).deactivated()).isEmpty();

    SyncSummary back = sync.sync(List.of(config("a", "Alpha"), config("b", "Beta")));
    assertThat(back.updated()).containsExactly("b");
    assertThat(active("b")).isTrue();
    assertThat(text("SELECT slug FROM organizations WHERE config_id = 'b'")).isEqualTo("beta");
  }

  @Test
  void namesThatMakeTheSameSlugGetNumberedSuffixes() {
    SyncSummary summary =
        sync.sync(
            List.of(config("paws-a", "Paws!"), config("paws-b", "PAWS"), config("paws-c", "Päws")));

    assertThat(summary.inserted()).hasSize(3);
    assertThat(strings("SELECT config_id || '=' || slug FROM organizations ORDER BY config_id"))
        .containsExactly("paws-a=paws", "paws-b=paws-2", "paws-c=paws-3");
  }

  @Test
  void aNameWithoutLettersFallsBackToTheConfigId() {
    sync.sync(List.of(config("pets-in-turkey", "🐾 🐕")));

    assertThat(text("SELECT slug FROM organizations")).isEqualTo("pets-in-turkey");
  }

  @Test
  void refusesAnEmptyListAndDuplicateIds() {
    assertThatThrownBy(() -> sync.sync(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("refusing to deactivate every organization");
    assertThatThrownBy(() -> sync.sync(List.of(config("a", "Alpha"), config("a", "Other"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'a' appears twice");
  }

  @Test
  void aFailingConfigLeavesTheDatabaseAsItWas() {
    sync.sync(List.of(config("a", "Alpha")));
    OrganizationConfig base = config("b", "Beta");
    OrganizationConfig badCountry =
        new OrganizationConfig(
            base.id(),
            base.name(),
            true,
            base.scraper(),
            base.website(),
            base.description(),
            "gb",
            base.city(),
            base.locations(),
            base.serviceRegions(),
            base.shipsTo(),
            base.social(),
            base.adoptionFee(),
            base.establishedYear(),
            base.logoUrl());

    assertThatThrownBy(
            () -> sync.sync(List.of(withName(config("a", "Alpha"), "Changed"), badCountry)))
        .hasMessageContaining("organizations_country_check");

    assertThat(text("SELECT string_agg(config_id || ':' || name, ',') FROM organizations"))
        .isEqualTo("a:Alpha");
  }

  private static OrganizationConfig withName(OrganizationConfig c, String name) {
    return new OrganizationConfig(
        c.id(),
        name,
        c.enabled(),
        c.scraper(),
        c.website(),
        c.description(),
        c.country(),
        c.city(),
        c.locations(),
        c.serviceRegions(),
        c.shipsTo(),
        c.social(),
        c.adoptionFee(),
        c.establishedYear(),
        c.logoUrl());
  }

  private static OrganizationConfig withEnabled(OrganizationConfig c, boolean enabled) {
    return new OrganizationConfig(
        c.id(),
        c.name(),
        enabled,
        c.scraper(),
        c.website(),
        c.description(),
        c.country(),
        c.city(),
        c.locations(),
        c.serviceRegions(),
        c.shipsTo(),
        Map.of("instagram", URI.create("https://instagram.com/x")),
        c.adoptionFee(),
        c.establishedYear(),
        c.logoUrl());
  }

  private List<org.assertj.core.groups.Tuple> locations(String configId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT l.name, l.city, l.country, l.latitude, l.longitude FROM"
                        + " organization_locations l JOIN organizations o ON o.id ="
                        + " l.organization_id WHERE o.config_id = :id ORDER BY l.position")
                .bind("id", configId)
                .map(
                    (rs, ctx) ->
                        tuple(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getDouble(4),
                            rs.getDouble(5)))
                .list());
  }

  private List<String> serviceRegions(String configId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT r.country || '/' || coalesce(r.region, '-')"
                        + " FROM service_regions r JOIN organizations o ON o.id = r.organization_id"
                        + " WHERE o.config_id = :id ORDER BY 1")
                .bind("id", configId)
                .mapTo(String.class)
                .list());
  }

  private boolean active(String configId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT active FROM organizations WHERE config_id = :id")
                .bind("id", configId)
                .mapTo(Boolean.class)
                .one());
  }

  private Instant updatedAt(String configId) {
    return timestamp("updated_at", configId);
  }

  private Instant lastConfigSync(String configId) {
    return timestamp("last_config_sync", configId);
  }

  private Instant timestamp(String column, String configId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT " + column + " FROM organizations WHERE config_id = :id")
                .bind("id", configId)
                .mapTo(OffsetDateTime.class)
                .one()
                .toInstant());
  }

  private List<String> strings(String sql) {
    return jdbi.withHandle(handle -> handle.createQuery(sql).mapTo(String.class).list());
  }

  private String text(String sql) {
    return jdbi.withHandle(handle -> handle.createQuery(sql).mapTo(String.class).one());
  }
}
