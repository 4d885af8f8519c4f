package dev.rescuedogs.core.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QualityScoreTest {

  @ParameterizedTest(name = "{8}")
  @CsvSource({
    // name, breed, age, sex, size, images, description, url -> score
    "true,  true,  true,  true,  true,  3, 200, true,  1.0",
    "false, false, false, false, false, 0, 0,   false, 0.0",
    "true,  false, false, false, false, 0, 0,   false, 0.15",
    "false, true,  false, false, false, 0, 0,   false, 0.15",
    "false, false, true,  false, false, 0, 0,   false, 0.15",
    "false, false, false, true,  false, 0, 0,   false, 0.1",
    "false, false, false, false, true,  0, 0,   false, 0.1",
    "false, false, false, false, false, 1, 0,   false, 0.15",
    "false, false, false, false, false, 2, 0,   false, 0.15",
    "false, false, false, false, false, 3, 0,   false, 0.2",
    "false, false, false, false, false, 0, 199, false, 0.0",
    "false, false, false, false, false, 0, 200, false, 0.1",
    "false, false, false, false, false, 0, 0,   true,  0.05",
    "true,  true,  true,  false, false, 1, 0,   true,  0.65"
  })
  void weighsEachFieldAsSpecified(
      boolean name,
      boolean breed,
      boolean age,
      boolean sex,
      boolean size,
      int images,
      int description,
      boolean url,
      double expected) {
    double score =
        QualityScore.of(
            new QualityScore.Inputs(name, breed, age, sex, size, images, description, url));

    assertThat(score).isEqualTo(expected);
  }

  @Test
  void theRunScoreIsTheMeanRoundedToThreeDecimals() {
    assertThat(QualityScore.mean(List.of(1.0, 0.5, 0.25))).isEqualTo(0.583);
    assertThat(QualityScore.mean(List.of(0.7, 0.7, 0.7))).isEqualTo(0.7);
    assertThat(QualityScore.mean(List.of())).isZero();
  }
}
