package dev.rescuedogs.scraping.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YesNoAnswersTest {

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ja | yes",
        "Yes, I love other dogs | yes",
        "I can live with children | yes",
        "She gets along great with other dogs | yes",
        "Verträgt sich mit Hunden | yes",
        "nein | no",
        "No | no",
        "I’m looking for a home without cats | no",
        "not good with cats | no",
        "can't live with cats | no",
        "kann getestet werden | unknown",
        "hasn’t been tested around cats | unknown",
        "I can be selective with other dogs | unknown",
        "Older children only | unknown",
        "bedingt, nur mit Hündinnen | unknown",
        "Untested | unknown",
        "sometimes | unknown",
      })
  void readsShortAndSentenceAnswersInEnglishAndGerman(String answer, String expected) {
    assertThat(YesNoAnswers.read(answer)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(value = {"''", "'   '"})
  void noAnswerIsNull(String answer) {
    assertThat(YesNoAnswers.read(answer)).isNull();
    assertThat(YesNoAnswers.read(null)).isNull();
  }
}
