package dev.rescuedogs.core.sex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SexStandardizerTest {

  private final SexStandardizer sexes = new SexStandardizer();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "Male, Male",
    "male, Male",
    "M, Male",
    "m, Male",
    "Boy, Male",
    "Dog, Male",
    "Rüde, Male",
    "Ruede, Male",
    "männlich, Male",
    "männlich kastriert, Male",
    "macho, Male",
    "maschio, Male",
    "erkek, Male",
    "Reu, Male",
    "neutered male, Male",
    "Male dog, Male",
    "Female, Female",
    "female, Female",
    "F, Female",
    "f, Female",
    "W, Female",
    "Girl, Female",
    "Bitch, Female",
    "Hündin, Female",
    "weiblich, Female",
    "Geschlecht: weiblich, Female",
    "hembra, Female",
    "femmina, Female",
    "dişi, Female",
    "teef, Female",
    "spayed female, Female",
    "female dog, Female"
  })
  void readsTheSexFieldInEveryLanguage(String text, String sex) {
    assertThat(sexes.standardize(text, null).wireValue()).isEqualTo(sex);
  }

  /** Santer Paws wrote "gender" (lower case) and the original lost it: it counts as the sex. */
  @Test
  void readsTheGenderFieldWhenTheSexFieldSaysNothing() {
    assertThat(sexes.standardize(null, "female")).isEqualTo(Sex.FEMALE);
    assertThat(sexes.standardize("", "male")).isEqualTo(Sex.MALE);
    assertThat(sexes.standardize("Female", "male")).isEqualTo(Sex.FEMALE);
  }

  @Test
  void readsOtherTextsLast() {
    assertThat(sexes.standardize(null, null, "(male)")).isEqualTo(Sex.MALE);
    assertThat(sexes.standardize(null, null, null, "2 year old female")).isEqualTo(Sex.FEMALE);
    assertThat(sexes.standardize("Male", null, "female")).isEqualTo(Sex.MALE);
  }

  @ParameterizedTest(name = "{0} -> null")
  @ValueSource(
      strings = {"", "unknown", "Männlich/ Weiblich", "male and female", "kastriert", "x", "ms"})
  void unknownOrAmbiguousTextsGiveNoSex(String text) {
    assertThat(sexes.standardize(text, null)).isNull();
  }

  @Test
  void singleLettersCountOnlyInTheSexFields() {
    assertThat(sexes.standardize(null, null, "m")).isNull();
    assertThat(sexes.standardize(null, null, "a dog who loves walks")).isNull();
  }
}
