package dev.rescuedogs.store.ingest;

import static dev.rescuedogs.store.ingest.RawResults.ORGANIZATION;
import static dev.rescuedogs.store.ingest.RawResults.complete;
import static dev.rescuedogs.store.ingest.RawResults.dogs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.liveness.LivenessCandidate;
import dev.rescuedogs.core.liveness.LivenessCheck;
import dev.rescuedogs.core.liveness.LivenessVerdict;
import dev.rescuedogs.store.testing.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LivenessStoreTest {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  private static final Instant WEEK_1 = Instant.parse("2026-10-05T15:00:00Z");
  private static final Instant CHECKED = WEEK_1.plus(Duration.ofDays(14)).plusSeconds(600);

  private IngestDatabase database;
  private RunIngestor ingestor;
  private LivenessStore liveness;

  @BeforeEach
  void dogsSixToEightMissingFromTwoRuns() {
    database = IngestDatabase.reset(db.dataSource(), ORGANIZATION, "other-org");
    ingestor =
        new RunIngestor(
            db.dataSource(), Clock.fixed(WEEK_1.plus(Duration.ofDays(400)), ZoneOffset.UTC));
    liveness = new LivenessStore(db.dataSource());
    List<RawDog> all = dogs(8);
    ingestor.ingest(complete("run-1", WEEK_1, all), "raw/run-1");
    ingestor.ingest(complete("run-2", WEEK_1.plus(Duration.ofDays(7)), all.subList(0, 5)), "raw/2");
    assertThat(liveness.candidates(ORGANIZATION)).isEmpty();
    ingestor.ingest(complete("run-3", WEEK_1.plus(Duration.ofDays(14)), all.subList(0, 5)), "r/3");
  }

  @Test
  void dogsMissingFromTwoSuccessfulRunsAreCandidatesUpToTheOrganizationsLimit() {
    assertThat(liveness.candidates(ORGANIZATION))
        .containsExactly(candidate("d6"), candidate("d7"), candidate("d8"));
    assertThat(liveness.candidates("other-org")).isEmpty();
    assertThat(liveness.candidates("no-such-org")).isEmpty();

    database.execute(
        "UPDATE organizations SET monitoring = '{\"liveness_checks_per_run\": 2}'"
            + " WHERE config_id = 'happy-paws'");
    assertThat(liveness.candidates(ORGANIZATION)).hasSize(2);
    database.execute(
        "UPDATE organizations SET monitoring = '{\"liveness_checks_per_run\": 0}'"
            + " WHERE config_id = 'happy-paws'");
    assertThat(liveness.candidates(ORGANIZATION)).isEmpty();
  }

  @Test
  void verdictsChangeMissingAvailableDogsWithTheEvidenceInTheirHistory() {
    List<LivenessCheck> checks =
        List.of(
            check("d6", LivenessVerdict.GONE, "HTTP 404", 404),
            check("d7", LivenessVerdict.ADOPTED, "heading \"Dogh - ADOPTIERT\"", 200),
            check("d8", LivenessVerdict.LISTED, "page online, no adoption marker", 200),
            // d1 was listed by the last run: the listing wins over its page.
            check("d1", LivenessVerdict.ADOPTED, "title \"adopted\"", 200),
            check("unknown-dog", LivenessVerdict.GONE, "HTTP 410", 410));

    LivenessStore.LivenessReport report = liveness.apply(ORGANIZATION, "run-3", checks);

    assertThat(report.checks()).isEqualTo(5);
    assertThat(report.statusChanges()).isEqualTo(2);
    assertThat(report.verdicts()).isEqualTo(Map.of("gone", 2, "adopted", 2, "listed", 1));
    assertThat(database.availability("d6")).isEqualTo("unknown/low/2/inactive");
    assertThat(database.availability("d7")).isEqualTo("adopted/low/2/inactive");
    assertThat(database.availability("d8")).isEqualTo("available/low/2/active");
    assertThat(database.availability("d1")).isEqualTo("available/high/0/active");
    assertThat(IngestDatabase.instant(database.dog("d6").get("status_changed_at")))
        .isEqualTo(CHECKED);
    assertThat(database.events("d6", "run-3"))
        .containsSubsequence(
            "liveness_checked -> {\"url\": \"https://happy-paws.example.org/dogs/d6\","
                + " \"verdict\": \"gone\", \"evidence\": \"HTTP 404\", \"http_status\": 404}",
            "status_changed \"available\" -> \"unknown\"");
    assertThat(database.events("d8", "run-3"))
        .anyMatch(line -> line.startsWith("liveness_checked") && line.contains("\"listed\""))
        .noneMatch(line -> line.startsWith("status_changed"));
    // A dog the listing shows again is not touched, not even in its history.
    assertThat(database.events("d1")).noneMatch(line -> line.startsWith("liveness_checked"));
    List<String> eventsBefore = database.events("d6");

    LivenessStore.LivenessReport again = liveness.apply(ORGANIZATION, "run-3", checks);
    assertThat(again.statusChanges()).isZero();
    assertThat(database.events("d6")).isEqualTo(eventsBefore);
    // The changed dogs are no longer candidates.
    assertThat(liveness.candidates(ORGANIZATION)).containsExactly(candidate("d8"));
  }

  @Test
  void aCheckOfAnOldAdoptionUrlChangesNothing() {
    LivenessCheck moved =
        new LivenessCheck(
            "d6",
            "https://happy-paws.example.org/old/d6",
            LivenessVerdict.GONE,
            "HTTP 404",
            404,
            CHECKED);

    assertThat(liveness.apply(ORGANIZATION, "run-3", List.of(moved)).statusChanges()).isZero();
    assertThat(database.availability("d6")).isEqualTo("available/low/2/active");
  }

  private static LivenessCandidate candidate(String externalId) {
    return new LivenessCandidate(externalId, "https://happy-paws.example.org/dogs/" + externalId);
  }

  private static LivenessCheck check(
      String externalId, LivenessVerdict verdict, String evidence, int status) {
    return new LivenessCheck(
        externalId,
        "https://happy-paws.example.org/dogs/" + externalId,
        verdict,
        evidence,
        status,
        CHECKED);
  }
}
