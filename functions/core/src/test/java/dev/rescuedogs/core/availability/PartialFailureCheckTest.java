package dev.rescuedogs.core.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartialFailureCheckTest {

  @ParameterizedTest(name = "complete={0} found={1} notSaved={2} history=[{3}] → {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        // complete | found | not saved | earlier successful counts, newest first | expected kind
        "false | 0  | 0  |                               | listing_failed",
        "false | 50 | 0  | 50 50 50                      | listing_failed",
        "true  | 0  | 0  |                               | too_few_dogs",
        "true  | 2  | 0  |                               | too_few_dogs",
        "true  | 3  | 0  |                               | healthy",
        // Fewer than 3 earlier runs: only the absolute minimum applies.
        "true  | 3  | 0  | 100 100                       | healthy",
        // 3 earlier runs, average 100 → threshold 50.
        "true  | 49 | 0  | 100 100 100                   | below_history",
        "true  | 50 | 0  | 100 100 100                   | healthy",
        // Small organizations: the threshold never drops below 3 ...
        "true  | 3  | 0  | 4 4 4                         | healthy",
        // ... and half of a small average is below 3, so 3 is the bar.
        "true  | 3  | 0  | 5 5 5                         | healthy",
        // Only the newest 9 runs count: 9 × 10 then old 1000s → average 10, threshold 5.
        "true  | 5  | 0  | 10 10 10 10 10 10 10 10 10 1000 1000 | healthy",
        "true  | 4  | 0  | 10 10 10 10 10 10 10 10 10 1000 1000 | below_history",
        // Runs that found nothing are not history.
        "true  | 5  | 0  | 0 0 0 10 10                   | healthy",
        "true  | 4  | 0  | 0 10 10 10                    | below_history",
        // More than 20% not saved (rejected or detail page failed).
        "true  | 10 | 2  |                               | healthy",
        "true  | 10 | 3  |                               | too_many_not_saved",
        "true  | 100 | 20 | 100 100 100                  | healthy",
        "true  | 100 | 21 | 100 100 100                  | too_many_not_saved",
        // The history rule is checked before the not-saved rule.
        "true  | 10 | 10 | 100 100 100                   | below_history",
      })
  void decidesByTheOriginalsNumbers(
      boolean complete, int found, int notSaved, String history, String expected) {
    RunFacts run = new RunFacts(complete, null, found, notSaved, counts(history));

    Optional<PartialFailure> failure = PartialFailureCheck.evaluate(run);

    assertThat(failure.map(f -> f.kind().code()).orElse("healthy")).isEqualTo(expected);
    failure.ifPresent(f -> assertThat(f.reason()).startsWith(expected + ": "));
  }

  @Test
  void theReasonExplainsTheNumbers() {
    assertThat(
            PartialFailureCheck.evaluate(new RunFacts(true, null, 40, 0, List.of(100, 90, 110)))
                .orElseThrow()
                .reason())
        .isEqualTo(
            "below_history: found 40 dogs, below 50.0 (half the average 100.0 of the last 3"
                + " successful runs)");
    assertThat(
            PartialFailureCheck.evaluate(new RunFacts(true, null, 2, 0, List.of()))
                .orElseThrow()
                .reason())
        .isEqualTo("too_few_dogs: found 2 dogs, fewer than 3");
    assertThat(
            PartialFailureCheck.evaluate(new RunFacts(true, null, 10, 3, List.of()))
                .orElseThrow()
                .reason())
        .isEqualTo(
            "too_many_not_saved: 3 of 10 found dogs (30%) could not be saved or their detail"
                + " pages failed, more than 20%");
  }

  @Test
  void anOrganizationsOwnNumbersReplaceTheDefaults() {
    PartialFailureSettings loose = new PartialFailureSettings(1, 0.25, 2, 4, 0.5);
    RunFacts smallWeek = new RunFacts(true, null, 2, 1, List.of(10, 10, 10, 10, 100));

    // Defaults: 2 dogs is too few. Loosened: 2 >= 1, history of the last 4 runs averages 10 and
    // 2 < 2.5 (a quarter of it) is still a failure, with its reason naming the fraction.
    assertThat(PartialFailureCheck.evaluate(smallWeek).orElseThrow().kind())
        .isEqualTo(PartialFailure.Kind.TOO_FEW_DOGS);
    assertThat(PartialFailureCheck.evaluate(smallWeek, loose).orElseThrow().reason())
        .isEqualTo(
            "below_history: found 2 dogs, below 2.5 (25% of the average 10.0 of the last 4"
                + " successful runs)");
    RunFacts fine = new RunFacts(true, null, 3, 1, List.of(10, 10, 10, 10, 100));
    assertThat(PartialFailureCheck.evaluate(fine, loose)).isEmpty();
  }

  @Test
  void settingsOutOfRangeAreRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new PartialFailureSettings(3, 1.5, 3, 9, 0.2))
        .hasMessageContaining("historyFraction");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new PartialFailureSettings(3, 0.5, 10, 9, 0.2))
        .hasMessageContaining("minimumHistory <= historyWindow");
  }

  @Test
  void aFailedListingCarriesItsError() {
    PartialFailure failure =
        PartialFailureCheck.evaluate(new RunFacts(false, "HTTP 503 on page 2", 0, 0, List.of()))
            .orElseThrow();

    assertThat(failure.kind()).isEqualTo(PartialFailure.Kind.LISTING_FAILED);
    assertThat(failure.reason()).isEqualTo("listing_failed: HTTP 503 on page 2");
  }

  private static List<Integer> counts(String history) {
    List<Integer> counts = new ArrayList<>();
    if (history != null && !history.isBlank()) {
      Arrays.stream(history.trim().split("\\s+")).map(Integer::valueOf).forEach(counts::add);
    }
    return counts;
  }
}
