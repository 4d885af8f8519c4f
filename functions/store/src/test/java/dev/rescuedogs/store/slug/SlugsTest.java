package dev.rescuedogs.store.slug;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Galgo Español | galgo-espanol",
        "Dogs Trust | dogs-trust",
        "REAN (Rescuing European Animals in Need) | rean-rescuing-european-animals-in-need",
        "Straße der Hunde | strasse-der-hunde",
        "Søren Æble Œuvre | soren-aeble-oeuvre",
        "Łatka Đuro | latka-duro",
        "Mo'nique | monique",
        "Bobby’s friend | bobbys-friend",
        "  --Rex!!  -- | rex",
        "Chien Zoë & Noël | chien-zoe-noel",
        "Nr. 7 | nr-7",
        "Ｆｕｌｌ width | full-width",
      })
  void transliteratesAndJoinsWordsWithHyphens(String text, String slug) {
    assertThat(Slugs.slugify(text, 100)).isEqualTo(slug);
  }

  @Test
  void givesAnEmptySlugForTextWithoutLettersOrDigits() {
    assertThat(Slugs.slugify("🐾 ⭐", 50)).isEmpty();
    assertThat(Slugs.slugify(null, 50)).isEmpty();
  }

  @Test
  void cutsLongTextAtAWordBoundary() {
    assertThat(Slugs.slugify("Labrador Retriever x Collie", 22)).isEqualTo("labrador-retriever-x");
    assertThat(Slugs.slugify("Labrador Retriever x Collie", 20)).isEqualTo("labrador-retriever-x");
    assertThat(Slugs.slugify("Labrador Retriever x Collie", 19)).isEqualTo("labrador-retriever");
    assertThat(Slugs.slugify("Supercalifragilistic", 5)).isEqualTo("super");
    assertThatThrownBy(() -> Slugs.slugify("x", 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void dogSlugIsNameBreedAndId() {
    assertThat(Slugs.dogSlug("Buddy", "Golden Retriever", 1699))
        .isEqualTo("buddy-golden-retriever-1699");
    assertThat(Slugs.dogSlug("Zoé", "Galgo Español", 7)).isEqualTo("zoe-galgo-espanol-7");
    assertThat(Slugs.dogSlug("Rex", null, 12)).isEqualTo("rex-12");
    assertThat(Slugs.dogSlug("Rex", "  ", 12)).isEqualTo("rex-12");
    assertThat(Slugs.dogSlug("⭐💜", "Podenco Cross", 3)).isEqualTo("dog-podenco-cross-3");
    assertThatThrownBy(() -> Slugs.dogSlug("Rex", null, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void dogSlugKeepsTheIdWithinTheMaximumLength() {
    String longName = "Wolfgang Amadeus ".repeat(20);
    String longBreed = "Staffordshire Bull Terrier ".repeat(20);

    String slug = Slugs.dogSlug(longName, longBreed, 1234567);

    assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_DOG_SLUG_LENGTH);
    assertThat(slug)
        .endsWith("-1234567")
        .startsWith("wolfgang-amadeus-")
        .matches("[a-z0-9]+(-[a-z0-9]+)*");
  }
}
