package dev.rescuedogs.core.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusStandardizerTest {

  private final StatusStandardizer statuses = new StatusStandardizer();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Reserved                 | reserved
          RESERVED                 | reserved
          reserviert               | reserved
          Vorgemerkt               | reserved
          Reservado                | reserved
          reservada                | reserved
          Riservato                | reserved
          Rezerve                  | reserved
          Gereserveerd             | reserved
          On hold                  | reserved
          Adopted                  | adopted
          ADOPTED                  | adopted
          vermittelt               | adopted
          Zuhause gefunden         | adopted
          Ich habe ein Zuhause gefunden! | adopted
          adoptado                 | adopted
          Adottato                 | adopted
          GEADOPTEERD              | adopted
          Sahiplendirildi          | adopted
          Available                | available
          Available for Adoption   | available
          Sucht ein Zuhause        | available
          Vermittlungshilfe        | available
          unreserved               | available
          """)
  void readsStatusBadgesInEveryLanguage(String text, String status) {
    assertThat(statuses.standardize(text).wireValue()).isEqualTo(status);
  }

  @Test
  void theStatusFieldComesFirstThenOtherBadges() {
    assertThat(statuses.standardize(null)).isEqualTo(DogStatus.AVAILABLE);
    assertThat(statuses.standardize(null, "RESERVED")).isEqualTo(DogStatus.RESERVED);
    assertThat(statuses.standardize("Adopted", "RESERVED")).isEqualTo(DogStatus.ADOPTED);
    assertThat(statuses.standardize("Available", "RESERVED")).isEqualTo(DogStatus.RESERVED);
  }

  @Test
  void adoptedWinsWhenATextSaysBoth() {
    assertThat(statuses.statusOf("was reserved, now adopted")).isEqualTo(DogStatus.ADOPTED);
    assertThat(statuses.statusOf("available")).isNull();
  }
}
