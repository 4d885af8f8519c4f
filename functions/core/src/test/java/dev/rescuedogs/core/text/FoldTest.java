package dev.rescuedogs.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FoldTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Schäferhund              | schaferhund
          Deutscher  Schäferhund!  | deutscher schaferhund
          GALGO ESPAÑOL            | galgo espanol
          Alman Çoban Köpeği       | alman coban kopegi
          İstanbul                 | istanbul
          Straße                   | strasse
          Mo'nique                 | monique
          Mo’nique                 | monique
          n/a                      | n a
          Terrier (Staffordshire Bull) | terrier staffordshire bull
          Ærø Øst                  | aero ost
          """)
  void foldsToAccentFreeLowerCaseWords(String text, String folded) {
    assertThat(Fold.fold(text)).isEqualTo(folded);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Galgo Español                  | galgo-espanol
          Staffordshire Bull Terrier     | staffordshire-bull-terrier
          Coton de Tuléar                | coton-de-tulear
          Flat-Coated Retriever          | flat-coated-retriever
          --Weird  Name!!                | weird-name
          Çoban Köpeği 2                 | coban-kopegi-2
          """)
  void slugsAreAscii(String text, String slug) {
    assertThat(Fold.slug(text)).isEqualTo(slug).matches("[a-z0-9]+(-[a-z0-9]+)*");
  }

  @Test
  void splitsIntoWords() {
    assertThat(Fold.words("  Labrador-Mix, (vermutlich)  "))
        .isEqualTo(List.of("labrador", "mix", "vermutlich"));
    assertThat(Fold.words(null)).isEmpty();
  }

  @Test
  void lowerAsciiKeepsDigitsAndPunctuation() {
    assertThat(Fold.lowerAscii("Geb. 05.2025 – 3 AÑOS")).isEqualTo("geb. 05.2025 - 3 anos");
  }
}
