package dev.rescuedogs.core.liveness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rescuedogs.core.status.DogStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LivenessCheckTest {

  private static final Instant NOW = Instant.parse("2026-11-30T15:10:00Z");

  @Test
  void verdictsConcludeAStatusOnlyWhenThePageSaysSomething() {
    assertThat(LivenessVerdict.GONE.status()).contains(DogStatus.UNKNOWN);
    assertThat(LivenessVerdict.ADOPTED.status()).contains(DogStatus.ADOPTED);
    assertThat(LivenessVerdict.RESERVED.status()).contains(DogStatus.RESERVED);
    assertThat(LivenessVerdict.LISTED.status()).isEmpty();
    assertThat(LivenessVerdict.NOT_CHECKED.status()).isEmpty();
  }

  @Test
  void verdictsHaveWireValues() {
    for (LivenessVerdict verdict : LivenessVerdict.values()) {
      assertThat(LivenessVerdict.fromWireValue(verdict.wireValue())).isEqualTo(verdict);
    }
    assertThat(LivenessVerdict.NOT_CHECKED.wireValue()).isEqualTo("not_checked");
    assertThatThrownBy(() -> LivenessVerdict.fromWireValue("GONE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GONE");
  }

  @Test
  void evidenceIsShortPlainText() {
    LivenessCheck hostile =
        check(
            "<script>alert(1)</script><b>heading</b> \"Luna – ADOPTIERT\""
                + " and more".repeat(60));

    assertThat(hostile.evidence())
        .doesNotContain("<", ">", "script")
        .startsWith("heading \"Luna – ADOPTIERT\"")
        .hasSizeLessThanOrEqualTo(LivenessCheck.MAX_EVIDENCE_LENGTH);
    assertThat(check("<p></p>").evidence()).isEqualTo("adopted");
  }

  private static LivenessCheck check(String evidence) {
    return new LivenessCheck(
        "d1", "https://example.org/dogs/d1", LivenessVerdict.ADOPTED, evidence, 200, NOW);
  }
}
