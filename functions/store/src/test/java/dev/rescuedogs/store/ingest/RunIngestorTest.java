package dev.rescuedogs.store.ingest;

import static dev.rescuedogs.store.ingest.RawResults.ORGANIZATION;
import static dev.rescuedogs.store.ingest.RawResults.complete;
import static dev.rescuedogs.store.ingest.RawResults.dog;
import static dev.rescuedogs.store.ingest.RawResults.dogs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.rawresult.ListingCompleteness;
import dev.rescuedogs.core.rawresult.RawScrapeResult;
import dev.rescuedogs.core.status.DogStatus;
import dev.rescuedogs.store.StoreFixtures;
import dev.rescuedogs.store.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RunIngestorTest {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  private static final Instant WEEK_1 = Instant.parse("2026-10-05T15:00:00Z");

  private IngestDatabase database;
  private RunIngestor ingestor;

  @BeforeEach
  void emptyDatabase() {
    database = IngestDatabase.reset(db.dataSource(), ORGANIZATION, "other-org");
    ingestor =
        new RunIngestor(
            db.dataSource(), Clock.fixed(WEEK_1.plus(Duration.ofDays(400)), ZoneOffset.UTC));
  }

  private static Instant week(int n) {
    return WEEK_1.plus(Duration.ofDays(7L * (n - 1)));
  }

  private static String run(int n) {
    return "run-" + n;
  }

  @Test
  void firstRunAddsEveryDogWithItsImagesAndACreatedEvent() {
    IngestReport report =
        ingestor.ingest(complete(run(1), week(1), dogs(5)), "raw/run-1/happy-paws.json.gz");

    assertThat(report.alreadyCompleted()).isFalse();
    assertThat(report.sessionStatus()).isEqualTo("success");
    assertThat(report.dogsFound()).isEqualTo(5);
    assertThat(report.dogsAdded()).isEqualTo(5);
    assertThat(report.dogsUpdated()).isZero();
    assertThat(report.dogsRejected()).isZero();
    assertThat(report.dogsMarkedMissing()).isZero();
    assertThat(report.partialFailure()).isFalse();
    assertThat(report.qualityScore()).isBetween(0.5, 1.0);
    assertThat(report.scrapeDuration()).isEqualTo(Duration.ofSeconds(90));

    Map<String, Object> dog = database.dog("d1");
    assertThat(dog)
        .containsEntry("name", "Dogb")
        .containsEntry("status", "available")
        .containsEntry("availability_confidence", "high")
        .containsEntry("consecutive_runs_missing", 0)
        .containsEntry("active", true)
        .containsEntry("standardized_breed", "Labrador Retriever x Collie")
        .containsEntry("breed_raw", "Labrador x Collie")
        .containsEntry("breed_group", "Sporting")
        .containsEntry("sex", "Female")
        .containsEntry("standardized_size", "Medium")
        .containsEntry("size_source", "stated")
        .containsEntry("age_text", "2 years")
        .containsEntry("adoption_url", "https://happy-paws.example.org/dogs/d1")
        .containsEntry("description", "Dogb is a friendly dog who loves walks.");
    assertThat((String) dog.get("slug"))
        .isEqualTo("dogb-labrador-retriever-x-collie-" + dog.get("id"));
    assertThat((String) dog.get("properties_json")).contains("\"good_with_dogs\": \"yes\"");
    // Observation times are the scrape's start, in UTC.
    assertThat(IngestDatabase.instant(dog.get("last_seen_at"))).isEqualTo(week(1));
    assertThat(IngestDatabase.instant(dog.get("first_seen_at"))).isEqualTo(week(1));
    assertThat(IngestDatabase.instant(dog.get("last_scraped_at"))).isEqualTo(week(1));

    assertThat(
            database.strings(
                "SELECT position || ' ' || original_url FROM dog_images i JOIN dogs d ON d.id ="
                    + " i.dog_id WHERE d.external_id = 'd1' ORDER BY position"))
        .containsExactly(
            "0 https://cdn.example.org/d1/1.jpg", "1 https://cdn.example.org/d1/2.jpg");
    assertThat(database.events("d1"))
        .containsExactly("created -> {\"name\": \"Dogb\", \"status\": \"available\"}");

    Map<String, Object> session = database.session(run(1));
    assertThat(session)
        .containsEntry("status", "success")
        .containsEntry("dogs_found", 5)
        .containsEntry("dogs_added", 5)
        .containsEntry("partial_failure", false)
        .containsEntry("raw_payload_location", "raw/run-1/happy-paws.json.gz");
    assertThat(IngestDatabase.instant(session.get("started_at"))).isEqualTo(week(1));
    assertThat(session.get("finished_at")).isNotNull();
    assertThat((BigDecimal) session.get("quality_score"))
        .isEqualByComparingTo(BigDecimal.valueOf(report.qualityScore()));
    assertThat((String) session.get("metrics_json"))
        .contains(
            "\"stale_update\": \"applied\"", "\"requests\": 10", "\"scrape_duration_ms\": 90000");
  }

  @Test
  void aMissingDogClimbsTheLadderAndIsRestoredWhenItReappears() {
    List<RawDog> all = dogs(5);
    List<RawDog> withoutD5 = all.subList(0, 4);

    ingestor.ingest(complete(run(1), week(1), all), null);
    assertThat(database.availability("d5")).isEqualTo("available/high/0/active");

    IngestReport second = ingestor.ingest(complete(run(2), week(2), withoutD5), null);
    assertThat(second.dogsMarkedMissing()).isEqualTo(1);
    assertThat(second.dogsUnchanged()).isEqualTo(4);
    assertThat(database.availability("d5")).isEqualTo("available/medium/1/active");
    assertThat(database.events("d5", run(2)))
        .containsExactly("confidence_changed \"high\" -> \"medium\"");

    ingestor.ingest(complete(run(3), week(3), withoutD5), null);
    assertThat(database.availability("d5")).isEqualTo("available/low/2/active");
    assertThat(database.events("d5", run(3)))
        .containsExactly("confidence_changed \"medium\" -> \"low\"");

    IngestReport fourth = ingestor.ingest(complete(run(4), week(4), withoutD5), null);
    assertThat(fourth.sessionStatus()).isEqualTo("success");
    assertThat(database.availability("d5")).isEqualTo("unknown/low/3/inactive");
    assertThat(database.events("d5", run(4)))
        .containsExactly(
            "status_changed \"available\" -> \"unknown\"",
            "retired -> {\"last_seen_at\": \"2026-10-05T15:00:00Z\", \"consecutive_runs_missing\":"
                + " 3}");
    assertThat(IngestDatabase.instant(database.dog("d5").get("status_changed_at")))
        .isEqualTo(week(4));

    IngestReport fifth = ingestor.ingest(complete(run(5), week(5), all), null);
    assertThat(fifth.dogsUpdated()).isEqualTo(1);
    assertThat(database.availability("d5")).isEqualTo("available/high/0/active");
    assertThat(database.events("d5", run(5)))
        .containsExactly(
            "reappeared {\"consecutive_runs_missing\": 3}",
            "status_changed \"unknown\" -> \"available\"",
            "confidence_changed \"low\" -> \"high\"");
    assertThat(IngestDatabase.instant(database.dog("d5").get("last_seen_at"))).isEqualTo(week(5));

    // The dogs listed every week never moved.
    for (String id : List.of("d1", "d2", "d3", "d4")) {
      assertThat(database.availability(id)).isEqualTo("available/high/0/active");
      assertThat(database.events(id)).hasSize(1);
    }
  }

  @Test
  void aFailedListingIsAnErrorAndMarksNobodyMissing() {
    ingestor.ingest(complete(run(1), week(1), dogs(5)), null);

    IngestReport report =
        ingestor.ingest(
            RawResults.builder(run(2), week(2)).listingFailed("HTTP 503 on page 2").build(), null);

    assertThat(report.sessionStatus()).isEqualTo("error");
    assertThat(report.errorMessage()).isEqualTo("HTTP 503 on page 2");
    assertThat(report.partialFailure()).isTrue();
    assertThat(report.partialFailureReason()).isEqualTo("listing_failed: HTTP 503 on page 2");
    assertThat(report.dogsFound()).isZero();
    assertThat(report.dogsMarkedMissing()).isZero();
    assertThat(database.session(run(2)))
        .containsEntry("status", "error")
        .containsEntry("error_message", "HTTP 503 on page 2")
        .containsEntry("partial_failure", true);
    assertThat((String) database.session(run(2)).get("metrics_json"))
        .contains("\"stale_update\": \"skipped\"");
    for (String id : List.of("d1", "d2", "d3", "d4", "d5")) {
      assertThat(database.availability(id)).isEqualTo("available/high/0/active");
    }
  }

  @Test
  void aListingWithFewerPagesThanAnnouncedIsAWarning() {
    ingestor.ingest(complete(run(1), week(1), dogs(5)), null);

    IngestReport report =
        ingestor.ingest(
            RawResults.builder(run(2), week(2))
                .dogs(dogs(4))
                .listing(new ListingCompleteness(3, 2, 0))
                .build(),
            null);

    assertThat(report.sessionStatus()).isEqualTo("warning");
    assertThat(report.partialFailureReason()).startsWith("listing_failed: ");
    assertThat(database.availability("d5")).isEqualTo("available/high/0/active");
  }

  @Test
  void farFewerDogsThanTheRecentRunsFoundIsAWarningAndMarksNobodyMissing() {
    for (int n = 1; n <= 3; n++) {
      assertThat(ingestor.ingest(complete(run(n), week(n), dogs(10)), null).sessionStatus())
          .isEqualTo("success");
    }

    IngestReport report = ingestor.ingest(complete(run(4), week(4), dogs(4)), null);

    assertThat(report.sessionStatus()).isEqualTo("warning");
    assertThat(report.partialFailure()).isTrue();
    assertThat(report.partialFailureReason())
        .isEqualTo(
            "below_history: found 4 dogs, below 5.0 (half the average 10.0 of the last 3"
                + " successful runs)");
    assertThat(report.dogsMarkedMissing()).isZero();
    assertThat(database.session(run(4)))
        .containsEntry("status", "warning")
        .containsEntry("partial_failure", true)
        .containsEntry("partial_failure_reason", report.partialFailureReason());
    assertThat(database.availability("d10")).isEqualTo("available/high/0/active");
    // The dogs it did see are still recorded as seen.
    assertThat(IngestDatabase.instant(database.dog("d1").get("last_seen_at"))).isEqualTo(week(4));
    assertThat(IngestDatabase.instant(database.dog("d10").get("last_seen_at"))).isEqualTo(week(3));

    // A warning run is not history: the next normal run is judged against the 3 good ones.
    IngestReport fifth = ingestor.ingest(complete(run(5), week(5), dogs(9)), null);
    assertThat(fifth.sessionStatus()).isEqualTo("success");
    assertThat(database.availability("d10")).isEqualTo("available/medium/1/active");
  }

  @Test
  void fewerThanThreeDogsIsAWarning() {
    ingestor.ingest(complete(run(1), week(1), dogs(5)), null);

    IngestReport report = ingestor.ingest(complete(run(2), week(2), dogs(2)), null);

    assertThat(report.sessionStatus()).isEqualTo("warning");
    assertThat(report.partialFailureReason()).isEqualTo("too_few_dogs: found 2 dogs, fewer than 3");
    assertThat(database.availability("d5")).isEqualTo("available/high/0/active");
  }

  @Test
  void anOrganizationsConfigCanLowerItsMinimumAndRaiseItsQualityBar() {
    database
        .jdbi()
        .useHandle(
            handle ->
                handle.execute(
                    "UPDATE organizations SET monitoring = '{\"minimum_dogs\": 1,"
                        + " \"quality_threshold\": 0.99}' WHERE config_id = ?",
                    ORGANIZATION));
    ingestor.ingest(complete(run(1), week(1), dogs(5)), null);

    IngestReport report = ingestor.ingest(complete(run(2), week(2), dogs(2)), null);

    // Two dogs is a normal week for this small rescue: the missing ones are aged.
    assertThat(report.sessionStatus()).isEqualTo("success");
    assertThat(report.partialFailure()).isFalse();
    assertThat(database.availability("d5")).isEqualTo("available/medium/1/active");
    String quality =
        database
            .jdbi()
            .withHandle(
                handle ->
                    handle
                        .createQuery(
                            "SELECT metrics ->> 'quality_threshold' || ' '"
                                + " || (metrics ->> 'quality_below_threshold')"
                                + " FROM scrape_sessions WHERE id = :id")
                        .bind("id", report.sessionId())
                        .mapTo(String.class)
                        .one());
    assertThat(quality).isEqualTo("0.99 true");
  }

  @Test
  void tooManyFailedDetailPagesIsAWarningAndTheirDogsCountAsSeen() {
    ingestor.ingest(complete(run(1), week(1), dogs(5)), null);

    IngestReport report =
        ingestor.ingest(
            RawResults.builder(run(2), week(2))
                .dogs(dogs(3))
                .detailFailed("d4")
                .detailFailed("d5")
                .build(),
            null);

    assertThat(report.dogsFound()).isEqualTo(5);
    assertThat(report.detailPageFailures()).isEqualTo(2);
    assertThat(report.sessionStatus()).isEqualTo("warning");
    assertThat(report.partialFailureReason()).startsWith("too_many_not_saved: 2 of 5 found dogs");
    // Seen, data kept.
    assertThat(database.availability("d4")).isEqualTo("available/high/0/active");
    assertThat(IngestDatabase.instant(database.dog("d4").get("last_seen_at"))).isEqualTo(week(2));
    assertThat(IngestDatabase.instant(database.dog("d4").get("last_scraped_at")))
        .isEqualTo(week(1));
    assertThat(database.dog("d4")).containsEntry("name", "Doge");
  }

  @Test
  void aFewFailedDetailPagesDoNotStopTheStaleUpdate() {
    ingestor.ingest(complete(run(1), week(1), dogs(12)), null);

    IngestReport report =
        ingestor.ingest(
            RawResults.builder(run(2), week(2)).dogs(dogs(10)).detailFailed("d11").build(), null);

    assertThat(report.sessionStatus()).isEqualTo("success");
    assertThat(report.dogsMarkedMissing()).isEqualTo(1);
    assertThat(database.availability("d11")).isEqualTo("available/high/0/active");
    assertThat(database.availability("d12")).isEqualTo("available/medium/1/active");
  }

  @Test
  void aDuplicatedMessageChangesNothingAndReturnsTheStoredReport() {
    RawScrapeResult raw = complete(run(1), week(1), dogs(5));
    IngestReport first = ingestor.ingest(raw, "raw/run-1/happy-paws.json.gz");
    ingestor.ingest(complete(run(2), week(2), dogs(4)), null);
    long events = database.count("SELECT count(*) FROM dog_events");

    IngestReport again = ingestor.ingest(raw, "raw/run-1/happy-paws.json.gz");
    IngestReport secondAgain = ingestor.ingest(complete(run(2), week(2), dogs(4)), null);

    assertThat(again.alreadyCompleted()).isTrue();
    assertThat(again)
        .usingRecursiveComparison()
        .ignoringFields("alreadyCompleted")
        .isEqualTo(first);
    assertThat(secondAgain.alreadyCompleted()).isTrue();
    assertThat(secondAgain.dogsMarkedMissing()).isEqualTo(1);
    assertThat(database.count("SELECT count(*) FROM dogs")).isEqualTo(5);
    assertThat(database.count("SELECT count(*) FROM scrape_sessions")).isEqualTo(2);
    assertThat(database.count("SELECT count(*) FROM dog_events")).isEqualTo(events);
    // Not aged twice.
    assertThat(database.availability("d5")).isEqualTo("available/medium/1/active");
  }

  @Test
  void aSessionLeftRunningByACrashIsCompletedOnce() {
    long sessionId =
        database
            .jdbi()
            .withHandle(
                handle ->
                    StoreFixtures.insertSession(
                        handle,
                        handle
                            .createQuery("SELECT id FROM organizations WHERE config_id = :id")
                            .bind("id", ORGANIZATION)
                            .mapTo(Long.class)
                            .one(),
                        run(1)));

    IngestReport report = ingestor.ingest(complete(run(1), week(1), dogs(4)), null);
    IngestReport again = ingestor.ingest(complete(run(1), week(1), dogs(4)), null);

    assertThat(report.sessionId()).isEqualTo(sessionId);
    assertThat(report.alreadyCompleted()).isFalse();
    assertThat(report.dogsAdded()).isEqualTo(4);
    assertThat(again.alreadyCompleted()).isTrue();
    assertThat(database.session(run(1)))
        .containsEntry("status", "success")
        .containsEntry("dogs_added", 4);
    assertThat(IngestDatabase.instant(database.session(run(1)).get("started_at")))
        .isEqualTo(week(1));
    assertThat(database.count("SELECT count(*) FROM dogs")).isEqualTo(4);
    assertThat(database.count("SELECT count(*) FROM dog_events")).isEqualTo(4);
  }

  @Test
  void aCrashInsideTheTransactionLeavesNothingHalfDoneAndTheRedeliveryCompletesOnce() {
    ingestor.ingest(complete(run(1), week(1), dogs(5)), null);
    RawScrapeResult second = complete(run(2), week(2), dogs(4));
    RunIngestor crashing =
        new RunIngestor(
            FailingDataSource.failingOn(db.dataSource(), "INSERT INTO dog_events"),
            Clock.systemUTC());

    assertThatThrownBy(() -> crashing.ingest(second, null))
        .hasRootCauseMessage("simulated crash on: INSERT INTO dog_events");

    Map<String, Object> running = database.session(run(2));
    assertThat(running).containsEntry("status", "running");
    assertThat((String) running.get("error_message")).startsWith("attempt failed: ");
    assertThat(database.availability("d5")).isEqualTo("available/high/0/active");

    IngestReport redelivered = ingestor.ingest(second, null);

    assertThat(redelivered.alreadyCompleted()).isFalse();
    assertThat(redelivered.dogsMarkedMissing()).isEqualTo(1);
    assertThat(database.availability("d5")).isEqualTo("available/medium/1/active");
    assertThat(database.session(run(2)))
        .containsEntry("status", "success")
        .containsEntry("error_message", null);
    assertThat((String) database.session(run(2)).get("metrics_json"))
        .contains("\"failed_attempts\": 1");
    assertThat(database.events("d5")).hasSize(2);
  }

  @Test
  void dogsWithTheSameNameAndBreedGetDistinctSlugsWithAccentsTransliterated() {
    List<RawDog> raw =
        List.of(
            dog("a", "Buddy"),
            dog("b", "Buddy"),
            dog("c", "Zoé").toBuilder().breed("Galgo Español").build(),
            dog("d", "Straße").toBuilder().breed("n/a").build());

    ingestor.ingest(complete(run(1), week(1), raw), null);

    Object a = database.dog("a").get("id");
    Object b = database.dog("b").get("id");
    assertThat(database.dog("a").get("slug")).isEqualTo("buddy-labrador-retriever-x-collie-" + a);
    assertThat(database.dog("b").get("slug")).isEqualTo("buddy-labrador-retriever-x-collie-" + b);
    assertThat(database.dog("c").get("slug"))
        .isEqualTo("zoe-galgo-espanol-" + database.dog("c").get("id"));
    // An unresolved breed adds nothing to the URL.
    assertThat(database.dog("d").get("slug")).isEqualTo("strasse-" + database.dog("d").get("id"));
  }

  @Test
  void nulBytesAreStrippedFromEveryText() {
    RawDog withNul =
        RawDog.builder()
            .externalId("n\u00001")
            .name("Bel\u0000la")
            .adoptionUrl("https://happy-paws.example.org/dogs/n1")
            .breed("Beagle\u0000")
            .ageText("3 years\u0000")
            .sex("female")
            .location("Ber\u0000lin")
            .description("Loves\u0000 walks.")
            .imageUrl("https://cdn.example.org/n1.jpg")
            .property("no\u0000te", "calm\u0000 dog")
            .build();

    RawDog nulInUrl =
        dog("u1", "Rex").toBuilder().adoptionUrl("https://x.example.org/\u0000").build();

    IngestReport report =
        ingestor.ingest(
            complete(
                run(1), week(1), List.of(withNul, nulInUrl, dog("d2", "Rex"), dog("d3", "Max"))),
            "raw/\u0000x");

    assertThat(report.dogsAdded()).isEqualTo(3);
    // Standardization refuses a URL with control characters: a counted reject, not a failed run.
    assertThat(report.rejectedByReason()).containsEntry("missing_adoption_url", 1);
    assertThat(database.session(run(1))).containsEntry("raw_payload_location", "raw/x");
    Map<String, Object> dog = database.dog("n1");
    assertThat(dog)
        .containsEntry("name", "Bella")
        .containsEntry("breed_raw", "Beagle")
        .containsEntry("age_text", "3 years")
        .containsEntry("location_text", "Berlin")
        .containsEntry("description", "Loves walks.");
    assertThat((String) dog.get("properties_json")).contains("\"note\": \"calm dog\"");
    assertThat(database.count("SELECT count(*) FROM dogs WHERE external_id = 'n1'")).isEqualTo(1);
  }

  @Test
  void unchangedDogsKeepTheirDataAndCountAsSeen() {
    ingestor.ingest(complete(run(1), week(1), dogs(5)), null);
    database.execute(
        "UPDATE dogs SET description = 'Written by the site last week.' WHERE external_id = 'd5'");

    IngestReport report =
        ingestor.ingest(
            RawResults.builder(run(2), week(2)).dogs(dogs(4)).unchanged("d5").build(), null);

    assertThat(report.dogsFound()).isEqualTo(5);
    assertThat(report.dogsUnchanged()).isEqualTo(5);
    assertThat(report.dogsMarkedMissing()).isZero();
    Map<String, Object> dog = database.dog("d5");
    assertThat(dog).containsEntry("description", "Written by the site last week.");
    assertThat(database.availability("d5")).isEqualTo("available/high/0/active");
    assertThat(IngestDatabase.instant(dog.get("last_seen_at"))).isEqualTo(week(2));
    assertThat(IngestDatabase.instant(dog.get("last_scraped_at"))).isEqualTo(week(1));
    assertThat((String) database.session(run(2)).get("metrics_json"))
        .contains("\"dogs_not_modified\": 1");
  }

  @Test
  void aReservedBadgeOnTheListingChangesTheStatusOfADogWithoutARecord() {
    ingestor.ingest(complete(run(1), week(1), dogs(5)), null);

    List<RawDog> four = dogs(4);
    List<dev.rescuedogs.core.rawresult.FoundDog> found = new ArrayList<>();
    for (RawDog dog : four) {
      found.add(
          new dev.rescuedogs.core.rawresult.FoundDog(
              dog.externalId(), null, DogStatus.AVAILABLE, null));
    }
    found.add(new dev.rescuedogs.core.rawresult.FoundDog("d5", "Dogf", DogStatus.RESERVED, null));
    found.add(new dev.rescuedogs.core.rawresult.FoundDog("gone", "Gone", DogStatus.ADOPTED, null));
    ingestor.ingest(RawResults.builder(run(2), week(2)).dogs(four).found(found).build(), null);

    assertThat(database.availability("d5")).isEqualTo("reserved/high/0/inactive");
    assertThat(database.events("d5", run(2)))
        .containsExactly("status_changed \"available\" -> \"reserved\"");
    // Reserved dogs are not aged while unlisted.
    ingestor.ingest(complete(run(3), week(3), dogs(4)), null);
    assertThat(database.availability("d5")).isEqualTo("reserved/high/0/inactive");
    // An adopted card of a dog never stored creates nothing.
    assertThat(database.count("SELECT count(*) FROM dogs WHERE external_id = 'gone'")).isZero();
  }

  @Test
  void rejectedRecordsAreCountedByReason() {
    List<RawDog> raw = new ArrayList<>(dogs(4));
    raw.add(dog("noimage", "Lotte").toBuilder().imageUrls(List.of()).build());
    raw.add(dog("d1", "Again"));
    raw.add(dog("junk", "Gift card"));
    raw.add(dog("x".repeat(300), "Longid"));

    IngestReport report = ingestor.ingest(complete(run(1), week(1), raw), null);

    assertThat(report.dogsAdded()).isEqualTo(4);
    assertThat(report.dogsRejected()).isEqualTo(4);
    assertThat(report.rejectedByReason())
        .containsEntry("missing_image", 1)
        .containsEntry("duplicate_external_id", 1)
        .containsEntry("name_is_shop_item", 1)
        .containsEntry("external_id_too_long", 1);
    assertThat(database.session(run(1))).containsEntry("dogs_rejected", 4);
    assertThat((String) database.session(run(1)).get("metrics_json"))
        .contains("\"missing_image\": 1");
    assertThat(database.dog("d1")).containsEntry("name", "Dogb");
  }

  @Test
  void changedFieldsAreUpdatedWithHistoryAndStoredImagesAreKeptForUnchangedUrls() {
    ingestor.ingest(complete(run(1), week(1), dogs(4)), null);
    database.execute(
        "UPDATE dog_images SET storage_key = 'dogs/"
            + "a".repeat(64)
            + ".jpg',"
            + " stored_url = 'https://img.example.org/dogs/a.jpg', content_sha256 = '"
            + "a".repeat(64)
            + "', width = 800, height = 600"
            + " WHERE original_url = 'https://cdn.example.org/d1/2.jpg'");

    RawDog changed =
        dog("d1", "Dogb").toBuilder()
            .name("Bella")
            .breed("Beagle")
            .ageText("3 years")
            .description("A new text.")
            .imageUrls(
                List.of("https://cdn.example.org/d1/2.jpg", "https://cdn.example.org/d1/3.jpg"))
            .build();
    List<RawDog> second = new ArrayList<>(dogs(4));
    second.set(0, changed);
    IngestReport report = ingestor.ingest(complete(run(2), week(2), second), null);

    assertThat(report.dogsUpdated()).isEqualTo(1);
    assertThat(report.dogsUnchanged()).isEqualTo(3);
    Map<String, Object> dog = database.dog("d1");
    assertThat(dog).containsEntry("name", "Bella").containsEntry("standardized_breed", "Beagle");
    // The slug is part of public URLs: it never changes.
    assertThat((String) dog.get("slug")).startsWith("dogb-");
    assertThat(IngestDatabase.instant(dog.get("last_scraped_at"))).isEqualTo(week(2));
    assertThat(database.events("d1", run(2)))
        .containsExactly(
            "field_changed name \"Dogb\" -> \"Bella\"",
            "field_changed standardized_breed \"Labrador Retriever x Collie\" -> \"Beagle\"",
            "field_changed age_text \"2 years\" -> \"3 years\"",
            "field_changed description \"Dogb is a friendly dog who loves walks.\" -> \"A new"
                + " text.\"");
    assertThat(
            database.strings(
                "SELECT position || ' ' || original_url || ' ' || coalesce(storage_key, '-')"
                    + " || ' ' || coalesce(width::text, '-') FROM dog_images i JOIN dogs d ON"
                    + " d.id = i.dog_id WHERE d.external_id = 'd1' ORDER BY position"))
        .containsExactly(
            "0 https://cdn.example.org/d1/2.jpg dogs/" + "a".repeat(64) + ".jpg 800",
            "1 https://cdn.example.org/d1/3.jpg - -");
  }

  @Test
  void anUnknownOrganizationIsAClearError() {
    RawScrapeResult raw =
        RawResults.builder(run(1), week(1)).organization("nobody").dogs(dogs(3)).build();

    assertThatThrownBy(() -> ingestor.ingest(raw, null))
        .isInstanceOf(UnknownOrganizationException.class)
        .hasMessageContaining("unknown organization 'nobody'");
    assertThat(database.count("SELECT count(*) FROM scrape_sessions")).isZero();
  }

  @Test
  void organizationsDoNotTouchEachOthersDogs() {
    ingestor.ingest(complete(run(1), week(1), dogs(5)), null);
    ingestor.ingest(
        RawResults.builder(run(1), week(1)).organization("other-org").dogs(dogs(3)).build(), null);
    ingestor.ingest(
        RawResults.builder(run(2), week(2)).organization("other-org").dogs(dogs(3)).build(), null);

    assertThat(database.count("SELECT count(*) FROM dogs")).isEqualTo(8);
    assertThat(
            database.count(
                "SELECT count(*) FROM dogs d JOIN organizations o ON o.id = d.organization_id"
                    + " WHERE o.config_id = 'happy-paws' AND availability_confidence = 'high'"))
        .isEqualTo(5);
  }

  @Test
  void anOlderResultDeliveredLateDoesNotOverwriteNewerData() {
    ingestor.ingest(complete(run(1), week(1), dogs(4)), null);
    List<RawDog> renamed = new ArrayList<>(dogs(4));
    renamed.set(0, dog("d1", "Newname"));
    ingestor.ingest(complete(run(3), week(3), renamed), null);

    IngestReport late = ingestor.ingest(complete(run(2), week(2), dogs(4)), null);

    assertThat(late.dogsUpdated()).isZero();
    assertThat(database.dog("d1")).containsEntry("name", "Newname");
    assertThat(IngestDatabase.instant(database.dog("d1").get("last_seen_at"))).isEqualTo(week(3));
  }

  @Test
  void restandardizingAppliesTheCurrentRulesToTheRowsWithoutCountingAgain() {
    ingestor.ingest(complete(run(1), week(1), dogs(5)), "raw/run-1/happy-paws.json.gz");
    ingestor.ingest(complete(run(2), week(2), dogs(4)), null);
    // As if an older rule had read the breed wrongly.
    database.execute(
        "UPDATE dogs SET standardized_breed = 'Unknown', breed_group = 'Unknown'"
            + " WHERE external_id IN ('d1', 'd5')");
    Map<String, Object> sessionBefore = database.session(run(2));

    RestandardizeReport report =
        ingestor.restandardize(complete(run(2), week(2), dogs(4)), "raw/run-2/happy-paws.json.gz");

    assertThat(report.dogsConsidered()).isEqualTo(4);
    assertThat(report.dogsUpdated()).isEqualTo(1);
    assertThat(report.dogsUnchanged()).isEqualTo(3);
    assertThat(database.dog("d1"))
        .containsEntry("standardized_breed", "Labrador Retriever x Collie")
        .containsEntry("breed_group", "Sporting");
    // d5's data came from run 1, which is not the result replayed.
    assertThat(database.dog("d5")).containsEntry("standardized_breed", "Unknown");
    assertThat(
            database.strings(
                "SELECT event_type || ' ' || field || ' ' || (session_id IS NULL) FROM dog_events e"
                    + " JOIN dogs d ON d.id = e.dog_id WHERE d.external_id = 'd1'"
                    + " AND event_type = 'field_changed'"))
        .containsExactly("field_changed standardized_breed true");
    Map<String, Object> sessionAfter = database.session(run(2));
    for (String column :
        List.of("dogs_found", "dogs_added", "dogs_updated", "dogs_unchanged", "status")) {
      assertThat(sessionAfter.get(column)).isEqualTo(sessionBefore.get(column));
    }
    assertThat((String) sessionAfter.get("metrics_json"))
        .contains("\"restandardized_from\": \"raw/run-2/happy-paws.json.gz\"");
    // No stale update: d5 stays where run 2 left it.
    assertThat(database.availability("d5")).isEqualTo("available/medium/1/active");

    RestandardizeReport older = ingestor.restandardize(complete(run(1), week(1), dogs(5)), null);
    assertThat(older.dogsSkippedNewerData()).isEqualTo(4);
    assertThat(older.dogsUpdated()).isEqualTo(1);
    assertThat(database.dog("d5"))
        .containsEntry("standardized_breed", "Labrador Retriever x Collie");

    RestandardizeReport twice = ingestor.restandardize(complete(run(2), week(2), dogs(4)), null);
    assertThat(twice.dogsUpdated()).isZero();
  }

  @Test
  void restandardizingNeedsACompletedSession() {
    assertThatThrownBy(() -> ingestor.restandardize(complete(run(9), week(9), dogs(3)), null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ingest the raw result first");
  }
}
