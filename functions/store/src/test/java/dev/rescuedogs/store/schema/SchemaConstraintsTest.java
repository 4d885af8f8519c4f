package dev.rescuedogs.store.schema;

import static dev.rescuedogs.store.PostgresErrors.CHECK_VIOLATION;
import static dev.rescuedogs.store.PostgresErrors.UNIQUE_VIOLATION;
import static dev.rescuedogs.store.PostgresErrors.assertViolates;
import static dev.rescuedogs.store.StoreFixtures.insertDog;
import static dev.rescuedogs.store.StoreFixtures.insertOrganization;
import static dev.rescuedogs.store.StoreFixtures.insertSession;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescuedogs.store.connection.Database;
import dev.rescuedogs.store.migration.Migrations;
import dev.rescuedogs.store.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchemaConstraintsTest {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private static Jdbi jdbi;
  private Handle handle;
  private long organizationId;
  private long dogId;

  @BeforeAll
  static void migrate() {
    Migrations.migrate(db.dataSource());
    jdbi = Database.jdbi(db.dataSource());
  }

  @BeforeEach
  void seed() {
    handle = jdbi.open();
    int n = SEQUENCE.incrementAndGet();
    organizationId = insertOrganization(handle, "org-" + n);
    dogId = insertDog(handle, organizationId, "ext-" + n, "buddy-" + n);
  }

  @AfterEach
  void close() {
    handle.close();
  }

  @ParameterizedTest(name = "dogs.{0} = {1} is rejected")
  @CsvSource({
    "status, pending",
    "status, Available",
    "availability_confidence, certain",
    "breed_type, designer",
    "breed_group, hound",
    "breed_group, Designer",
    "sex, male",
    "sex, Unknown",
    "standardized_size, xlarge",
    "standardized_size, giant",
    "size_source, guess",
    "age_category, baby",
    "age_category, puppy",
    "breed_slug, Galgo Español",
    "slug, Buddy-1",
    "location_country, gb",
  })
  void dogsRejectAnUnknownEnumeratedValue(String column, String value) {
    // A standardized size must name its source, or that other constraint fires first.
    String source = column.equals("standardized_size") ? ", size_source = 'stated'" : "";
    assertViolates(
        CHECK_VIOLATION,
        "dogs_" + column + "_check",
        () ->
            handle
                .createUpdate(
                    "UPDATE dogs SET " + column + " = :value" + source + " WHERE id = :id")
                .bind("value", value)
                .bind("id", dogId)
                .execute());
  }

  @ParameterizedTest(name = "dogs.{0} = {1} is rejected")
  @CsvSource({
    "breed_confidence, 1.01",
    "breed_confidence, -0.01",
    "quality_score, 1.5",
    "age_min_months, -1",
    "weight_kg, 0",
    "consecutive_runs_missing, -1",
  })
  void dogsRejectOutOfRangeNumbers(String column, BigDecimal value) {
    assertViolates(
        CHECK_VIOLATION,
        "dogs_" + column + "_check",
        () ->
            handle
                .createUpdate("UPDATE dogs SET " + column + " = :value WHERE id = :id")
                .bind("value", value)
                .bind("id", dogId)
                .execute());
  }

  @Test
  void dogsAcceptEveryDocumentedValue() {
    for (String status : List.of("available", "reserved", "adopted", "unknown")) {
      update("status", status);
    }
    for (String confidence : List.of("high", "medium", "low")) {
      update("availability_confidence", confidence);
    }
    for (String type : List.of("purebred", "crossbreed", "mixed", "unknown")) {
      update("breed_type", type);
    }
    for (String group :
        List.of(
            "Hound",
            "Terrier",
            "Sporting",
            "Working",
            "Herding",
            "Toy",
            "Non-Sporting",
            "Guardian",
            "Designer/Hybrid",
            "Mixed",
            "Unknown")) {
      update("breed_group", group);
    }
    for (String sex : List.of("Male", "Female")) {
      update("sex", sex);
    }
    for (String category : List.of("Puppy", "Young", "Adult", "Senior")) {
      update("age_category", category);
    }
    for (String source : List.of("stated", "weight", "height", "breed")) {
      handle
          .createUpdate(
              "UPDATE dogs SET standardized_size = 'XLarge', size_source = :s WHERE id = :id")
          .bind("s", source)
          .bind("id", dogId)
          .execute();
    }
    for (String size : List.of("Tiny", "Small", "Medium", "Large", "XLarge")) {
      update("standardized_size", size);
    }
    assertThat(
            handle
                .createQuery(
                    "SELECT status || '/' || breed_group || '/' || standardized_size FROM dogs"
                        + " WHERE id = :id")
                .bind("id", dogId)
                .mapTo(String.class)
                .one())
        .isEqualTo("unknown/Unknown/XLarge");
  }

  @Test
  void dogsRejectInconsistentCombinations() {
    assertViolates(
        CHECK_VIOLATION, "dogs_size_source_present", () -> update("standardized_size", "Small"));
    assertViolates(
        CHECK_VIOLATION,
        "dogs_age_range_ordered",
        () ->
            handle
                .createUpdate(
                    "UPDATE dogs SET age_min_months = 24, age_max_months = 12 WHERE id = :id")
                .bind("id", dogId)
                .execute());
    assertViolates(
        CHECK_VIOLATION,
        "dogs_age_range_complete",
        () ->
            handle
                .createUpdate("UPDATE dogs SET age_min_months = 24 WHERE id = :id")
                .bind("id", dogId)
                .execute());
    assertViolates(
        CHECK_VIOLATION,
        "dogs_coordinates_complete",
        () ->
            handle
                .createUpdate("UPDATE dogs SET latitude = 45.0 WHERE id = :id")
                .bind("id", dogId)
                .execute());
  }

  @Test
  void dogSlugsAreUniqueAcrossOrganizations() {
    long otherOrganization = insertOrganization(handle, "other-" + SEQUENCE.incrementAndGet());
    String slug =
        handle
            .createQuery("SELECT slug FROM dogs WHERE id = :id")
            .bind("id", dogId)
            .mapTo(String.class)
            .one();

    assertViolates(
        UNIQUE_VIOLATION, "dogs_slug_key", () -> insertDog(handle, otherOrganization, "x-1", slug));
  }

  @Test
  void externalIdsAreUniquePerOrganizationOnly() {
    String externalId =
        handle
            .createQuery("SELECT external_id FROM dogs WHERE id = :id")
            .bind("id", dogId)
            .mapTo(String.class)
            .one();
    long otherOrganization = insertOrganization(handle, "other-" + SEQUENCE.incrementAndGet());

    assertViolates(
        UNIQUE_VIOLATION,
        "dogs_organization_external_id_key",
        () -> insertDog(handle, organizationId, externalId, "another-slug-" + dogId));
    assertThat(insertDog(handle, otherOrganization, externalId, "same-external-" + dogId))
        .isPositive();
  }

  @Test
  void statusChangedAtFollowsStatusUnlessSetExplicitly() {
    OffsetDateTime longAgo = OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    handle
        .createUpdate("UPDATE dogs SET status_changed_at = :t WHERE id = :id")
        .bind("t", longAgo)
        .bind("id", dogId)
        .execute();

    update("name", "Renamed");
    assertThat(statusChangedAt()).isEqualTo(longAgo.toInstant());

    update("status", "reserved");
    assertThat(statusChangedAt()).isAfter(longAgo.toInstant());

    OffsetDateTime explicit = OffsetDateTime.of(2024, 6, 1, 12, 0, 0, 0, ZoneOffset.UTC);
    handle
        .createUpdate("UPDATE dogs SET status = 'adopted', status_changed_at = :t WHERE id = :id")
        .bind("t", explicit)
        .bind("id", dogId)
        .execute();
    assertThat(statusChangedAt()).isEqualTo(explicit.toInstant());
  }

  @Test
  void searchDocumentMatchesNameBreedAndDescriptionWithoutAccents() {
    handle
        .createUpdate(
            "UPDATE dogs SET name = 'Zoé', standardized_breed = 'Galgo Español',"
                + " description = 'Loves the Straßenbahn' WHERE id = :id")
        .bind("id", dogId)
        .execute();

    for (String query : List.of("zoe", "ZOÉ", "galgo espanol", "español", "loves")) {
      assertThat(
              handle
                  .createQuery(
                      "SELECT id FROM dogs WHERE search_document"
                          + " @@ websearch_to_tsquery('simple', search_fold(:q))")
                  .bind("q", query)
                  .mapTo(Long.class)
                  .list())
          .as("search for %s", query)
          .containsExactly(dogId);
    }
  }

  @Test
  void imagesAreUniquePerDogAndPosition() {
    insertImage(0, "https://example.org/a.jpg");
    assertViolates(
        UNIQUE_VIOLATION,
        "dog_images_position_key",
        () -> insertImage(0, "https://example.org/b.jpg"));
    assertViolates(
        CHECK_VIOLATION,
        "dog_images_content_sha256_check",
        () ->
            handle
                .createUpdate("UPDATE dog_images SET content_sha256 = 'ABC' WHERE dog_id = :id")
                .bind("id", dogId)
                .execute());
  }

  @ParameterizedTest(name = "scrape_sessions.status = {0} is rejected")
  @CsvSource({"failure", "Success", "done"})
  void sessionsRejectAnUnknownStatus(String status) {
    long sessionId = insertSession(handle, organizationId, "run-" + SEQUENCE.incrementAndGet());

    assertViolates(
        CHECK_VIOLATION,
        "scrape_sessions_status_check",
        () ->
            handle
                .createUpdate(
                    "UPDATE scrape_sessions SET status = :status, finished_at = now() WHERE id ="
                        + " :id")
                .bind("status", status)
                .bind("id", sessionId)
                .execute());
  }

  @Test
  void sessionsStayConsistentWithTheirStatus() {
    long sessionId = insertSession(handle, organizationId, "run-" + SEQUENCE.incrementAndGet());

    assertViolates(
        CHECK_VIOLATION,
        "scrape_sessions_finished_when_done",
        () -> sessionUpdate(sessionId, "status = 'success'"));
    assertViolates(
        CHECK_VIOLATION,
        "scrape_sessions_error_explained",
        () -> sessionUpdate(sessionId, "status = 'error', finished_at = now()"));
    assertViolates(
        CHECK_VIOLATION,
        "scrape_sessions_partial_failure_explained",
        () -> sessionUpdate(sessionId, "partial_failure = true"));
    assertViolates(
        CHECK_VIOLATION,
        "scrape_sessions_quality_score_check",
        () -> sessionUpdate(sessionId, "quality_score = 1.2"));
    sessionUpdate(
        sessionId,
        "status = 'warning', finished_at = now(), partial_failure = true,"
            + " partial_failure_reason = 'found 2 dogs, expected at least 10'");
  }

  @Test
  void aRunHasOneSessionPerOrganization() {
    String runId = "run-" + SEQUENCE.incrementAndGet();
    insertSession(handle, organizationId, runId);
    long otherOrganization = insertOrganization(handle, "other-" + SEQUENCE.incrementAndGet());

    assertViolates(
        UNIQUE_VIOLATION,
        "scrape_sessions_run_organization_key",
        () -> insertSession(handle, organizationId, runId));
    assertThat(insertSession(handle, otherOrganization, runId)).isPositive();
  }

  @ParameterizedTest(name = "dog_events.event_type = {0} is rejected")
  @CsvSource({"deleted", "Created", "adopted"})
  void eventsRejectAnUnknownType(String eventType) {
    assertViolates(
        CHECK_VIOLATION,
        "dog_events_event_type_check",
        () ->
            handle
                .createUpdate("INSERT INTO dog_events (dog_id, event_type) VALUES (:dog, :type)")
                .bind("dog", dogId)
                .bind("type", eventType)
                .execute());
  }

  @Test
  void eventsNameTheFieldOfAFieldChangeAndAreRecordedOncePerSession() {
    long sessionId = insertSession(handle, organizationId, "run-" + SEQUENCE.incrementAndGet());

    assertViolates(
        CHECK_VIOLATION,
        "dog_events_field_named",
        () -> insertEvent(sessionId, "field_changed", null));
    insertEvent(sessionId, "field_changed", "name");
    insertEvent(sessionId, "field_changed", "description");
    insertEvent(sessionId, "status_changed", null);
    assertViolates(
        UNIQUE_VIOLATION,
        "dog_events_once_per_session_key",
        () -> insertEvent(sessionId, "status_changed", null));
  }

  @Test
  void organizationsRejectBadCodesAndHalfFees() {
    assertViolates(
        CHECK_VIOLATION,
        "organizations_ships_to_check",
        () -> organizationUpdate("ships_to = '{DE,gb}'"));
    assertViolates(
        CHECK_VIOLATION,
        "organizations_ships_to_check",
        () -> organizationUpdate("ships_to = ARRAY['DE', NULL]"));
    assertViolates(
        CHECK_VIOLATION,
        "organizations_country_check",
        () -> organizationUpdate("country = 'Deu'"));
    assertViolates(
        CHECK_VIOLATION,
        "organizations_fee_complete",
        () -> organizationUpdate("adoption_fee_amount = 100"));
    assertViolates(
        CHECK_VIOLATION,
        "organizations_slug_check",
        () -> organizationUpdate("slug = 'Dogs Trust'"));
    organizationUpdate(
        "ships_to = '{DE,GB}', adoption_fee_amount = 100, adoption_fee_currency = 'EUR'");
  }

  @Test
  void aServiceRegionIsListedOnce() {
    handle
        .createUpdate("INSERT INTO service_regions (organization_id, country) VALUES (:org, 'DE')")
        .bind("org", organizationId)
        .execute();
    handle
        .createUpdate(
            "INSERT INTO service_regions (organization_id, country, region) VALUES (:org, 'DE',"
                + " 'Bayern')")
        .bind("org", organizationId)
        .execute();

    assertViolates(
        UNIQUE_VIOLATION,
        "service_regions_org_country_region_key",
        () ->
            handle
                .createUpdate(
                    "INSERT INTO service_regions (organization_id, country) VALUES (:org, 'DE')")
                .bind("org", organizationId)
                .execute());
  }

  private void update(String column, String value) {
    handle
        .createUpdate("UPDATE dogs SET " + column + " = :value WHERE id = :id")
        .bind("value", value)
        .bind("id", dogId)
        .execute();
  }

  private java.time.Instant statusChangedAt() {
    return handle
        .createQuery("SELECT status_changed_at FROM dogs WHERE id = :id")
        .bind("id", dogId)
        .mapTo(OffsetDateTime.class)
        .one()
        .toInstant();
  }

  private void insertImage(int position, String url) {
    handle
        .createUpdate(
            "INSERT INTO dog_images (dog_id, position, original_url) VALUES (:dog, :position,"
                + " :url)")
        .bind("dog", dogId)
        .bind("position", position)
        .bind("url", url)
        .execute();
  }

  private void insertEvent(long sessionId, String type, String field) {
    handle
        .createUpdate(
            "INSERT INTO dog_events (dog_id, session_id, event_type, field)"
                + " VALUES (:dog, :session, :type, :field)")
        .bind("dog", dogId)
        .bind("session", sessionId)
        .bind("type", type)
        .bind("field", field)
        .execute();
  }

  private void sessionUpdate(long sessionId, String assignments) {
    handle
        .createUpdate("UPDATE scrape_sessions SET " + assignments + " WHERE id = :id")
        .bind("id", sessionId)
        .execute();
  }

  private void organizationUpdate(String assignments) {
    handle
        .createUpdate("UPDATE organizations SET " + assignments + " WHERE id = :id")
        .bind("id", organizationId)
        .execute();
  }
}
