package dev.rescuedogs.core.availability;

import static dev.rescuedogs.core.availability.AvailabilityConfidence.HIGH;
import static dev.rescuedogs.core.availability.AvailabilityConfidence.LOW;
import static dev.rescuedogs.core.availability.AvailabilityConfidence.MEDIUM;
import static dev.rescuedogs.core.status.DogStatus.ADOPTED;
import static dev.rescuedogs.core.status.DogStatus.AVAILABLE;
import static dev.rescuedogs.core.status.DogStatus.RESERVED;
import static dev.rescuedogs.core.status.DogStatus.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rescuedogs.core.status.DogStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AvailabilityLadderTest {

  @ParameterizedTest(name = "{0}/{1}/{2} missing, active {3} → missed → {4}/{5}/{6}, active {7}")
  @CsvSource({
    // status before, confidence, missing, active -> status after, confidence, missing, active
    "available, high,   0, true,  available, medium, 1, true",
    "available, medium, 1, true,  available, low,    2, true",
    "available, low,    2, true,  unknown,   low,    3, false",
    "unknown,   low,    3, false, unknown,   low,    4, false",
    "unknown,   low,    7, false, unknown,   low,    8, false",
    // Not aged: the organization may simply stop listing them.
    "reserved,  high,   0, false, reserved,  high,   0, false",
    "adopted,   high,   0, false, adopted,   high,   0, false",
  })
  void missedClimbsOneRung(
      String status,
      String confidence,
      int missing,
      boolean active,
      String expectedStatus,
      String expectedConfidence,
      int expectedMissing,
      boolean expectedActive) {
    Availability before =
        new Availability(
            DogStatus.fromWireValue(status),
            AvailabilityConfidence.fromWireValue(confidence),
            missing,
            active);

    Availability after = AvailabilityLadder.missed(before);

    assertThat(after)
        .isEqualTo(
            new Availability(
                DogStatus.fromWireValue(expectedStatus),
                AvailabilityConfidence.fromWireValue(expectedConfidence),
                expectedMissing,
                expectedActive));
  }

  @Test
  void aDogMissingThreeRunsInARowIsRetired() {
    Availability state = Availability.seenWith(AVAILABLE);

    state = AvailabilityLadder.missed(state);
    assertThat(state.confidence()).isEqualTo(MEDIUM);
    state = AvailabilityLadder.missed(state);
    assertThat(state.confidence()).isEqualTo(LOW);
    assertThat(state.status()).isEqualTo(AVAILABLE);
    assertThat(state.active()).isTrue();
    state = AvailabilityLadder.missed(state);

    assertThat(state).isEqualTo(new Availability(UNKNOWN, LOW, 3, false));
  }

  @ParameterizedTest(name = "{0}/{1}/{2} seen as {3} → {4}, active {5}")
  @CsvSource({
    // stored status, confidence, missing, observed -> status, active (always high, 0 missing)
    "available, high,   0, available, available, true",
    "available, medium, 1, available, available, true",
    "available, low,    2, unknown,   available, true",
    "unknown,   low,    3, unknown,   available, true",
    "unknown,   low,    5, available, available, true",
    "unknown,   low,    3, reserved,  reserved,  false",
    "available, high,   0, reserved,  reserved,  false",
    "reserved,  high,   0, unknown,   reserved,  false",
    "reserved,  high,   0, available, available, true",
    "available, high,   0, adopted,   adopted,   false",
    "adopted,   high,   0, unknown,   adopted,   false",
  })
  void seenRestoresHighConfidence(
      String status,
      String confidence,
      int missing,
      String observed,
      String expectedStatus,
      boolean expectedActive) {
    Availability before =
        new Availability(
            DogStatus.fromWireValue(status),
            AvailabilityConfidence.fromWireValue(confidence),
            missing,
            false);

    Availability after = AvailabilityLadder.seen(before, DogStatus.fromWireValue(observed));

    assertThat(after)
        .isEqualTo(
            new Availability(DogStatus.fromWireValue(expectedStatus), HIGH, 0, expectedActive));
  }

  @Test
  void onlyAvailableDogsAreShown() {
    assertThat(AvailabilityLadder.isShown(AVAILABLE)).isTrue();
    assertThat(AvailabilityLadder.isShown(RESERVED)).isFalse();
    assertThat(AvailabilityLadder.isShown(ADOPTED)).isFalse();
    assertThat(AvailabilityLadder.isShown(UNKNOWN)).isFalse();
  }

  @Test
  void confidenceWireValuesRoundTrip() {
    for (AvailabilityConfidence confidence : AvailabilityConfidence.values()) {
      assertThat(AvailabilityConfidence.fromWireValue(confidence.wireValue()))
          .isEqualTo(confidence);
    }
    assertThatThrownBy(() -> AvailabilityConfidence.fromWireValue("HIGH"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void negativeMissingCountIsRefused() {
    assertThatThrownBy(() -> new Availability(AVAILABLE, HIGH, -1, true))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
