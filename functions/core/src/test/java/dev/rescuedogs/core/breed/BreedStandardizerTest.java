package dev.rescuedogs.core.breed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescuedogs.core.size.DogSize;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class BreedStandardizerTest {

  private static final BreedStandardizer BREEDS = new BreedStandardizer(BreedRegistry.bundled());

  /**
   * Every example of original-system.md §2c (raw → label, primary, secondary, group, type,
   * confidence, slug, typical size). Kokoni keeps the plain label: our labels are Primary / Primary
   * x Secondary / Primary Cross / designer / Mixed Breed / Unknown, with no "(provisional)" suffix.
   */
  static Stream<Arguments> originalExamples() {
    return Stream.of(
        Arguments.of(
            "Terrier (Staffordshire Bull) Cross",
            "Staffordshire Bull Terrier Cross",
            "Staffordshire Bull Terrier",
            null,
            "Terrier",
            "crossbreed",
            0.7,
            "staffordshire-bull-terrier",
            "Medium"),
        Arguments.of(
            "staffie",
            "Staffordshire Bull Terrier",
            "Staffordshire Bull Terrier",
            null,
            "Terrier",
            "purebred",
            0.95,
            "staffordshire-bull-terrier",
            "Medium"),
        Arguments.of(
            "Labrador x Collie",
            "Labrador Retriever x Collie",
            "Labrador Retriever",
            "Collie",
            "Sporting",
            "crossbreed",
            0.8,
            "labrador-retriever",
            "Large"),
        Arguments.of(
            "Mischling", "Mixed Breed", null, null, "Mixed", "mixed", 0.5, "mixed-breed", null),
        Arguments.of(
            "Crossbreed", "Mixed Breed", null, null, "Mixed", "mixed", 0.5, "mixed-breed", null),
        Arguments.of(
            "Small breed mix",
            "Mixed Breed",
            null,
            null,
            "Mixed",
            "mixed",
            0.5,
            "mixed-breed",
            null),
        Arguments.of(
            "Mixed Breed", "Mixed Breed", null, null, "Mixed", "mixed", 0.5, "mixed-breed", null),
        Arguments.of(
            "Deutscher Schäferhund Mischling",
            "German Shepherd Dog Cross",
            "German Shepherd Dog",
            null,
            "Herding",
            "crossbreed",
            0.7,
            "german-shepherd-dog",
            "Large"),
        Arguments.of(
            "Vermutlich Podenco-Mix",
            "Podenco Cross",
            "Podenco",
            null,
            "Hound",
            "crossbreed",
            0.7,
            "podenco",
            "Medium"),
        Arguments.of(
            "Podenco Mix",
            "Podenco Cross",
            "Podenco",
            null,
            "Hound",
            "crossbreed",
            0.7,
            "podenco",
            "Medium"),
        Arguments.of(
            "Cockapoo",
            "Cockapoo",
            "Cockapoo",
            null,
            "Designer/Hybrid",
            "crossbreed",
            0.85,
            "cockapoo",
            "Small"),
        Arguments.of(
            "Galgo Español",
            "Galgo Español",
            "Galgo Español",
            null,
            "Hound",
            "purebred",
            0.95,
            "galgo-espanol",
            "Large"),
        Arguments.of(
            "Bichon Frise x Poodle",
            "Bichon Frise x Poodle",
            "Bichon Frise",
            "Poodle",
            "Non-Sporting",
            "crossbreed",
            0.8,
            "bichon-frise",
            "Small"),
        Arguments.of(
            "Pointer hound mix",
            "Pointer x Hound",
            "Pointer",
            "Hound",
            "Sporting",
            "crossbreed",
            0.8,
            "pointer",
            "Large"),
        Arguments.of(
            "Hound and sighthound mix",
            "Hound Cross",
            "Hound",
            null,
            "Hound",
            "crossbreed",
            0.7,
            "hound",
            "Medium"),
        Arguments.of(
            "Belgian Shepherd Dog (Malinois)",
            "Belgian Shepherd Dog",
            "Belgian Shepherd Dog",
            null,
            "Herding",
            "purebred",
            0.95,
            "belgian-shepherd-dog",
            "Large"),
        Arguments.of(
            "Collie (Rough)",
            "Collie",
            "Collie",
            null,
            "Herding",
            "purebred",
            0.95,
            "collie",
            "Large"),
        Arguments.of(
            "GSP Pointer",
            "Pointer",
            "Pointer",
            null,
            "Sporting",
            "purebred",
            0.9,
            "pointer",
            "Large"),
        Arguments.of("Kokoni", "Kokoni", "Kokoni", null, "Unknown", "unknown", 0.4, "kokoni", null),
        Arguments.of("n/a", "Unknown", null, null, "Unknown", "unknown", 0.0, "unknown", null),
        Arguments.of("Unknown", "Unknown", null, null, "Unknown", "unknown", 0.0, "unknown", null));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("originalExamples")
  void resolvesTheExamplesOfTheOriginal(
      String raw,
      String label,
      String primary,
      String secondary,
      String group,
      String type,
      double confidence,
      String slug,
      String size) {
    StandardizedBreed breed = BREEDS.standardize(raw);

    assertThat(breed.raw()).isEqualTo(raw);
    assertThat(breed.label()).isEqualTo(label);
    assertThat(breed.primary()).isEqualTo(primary);
    assertThat(breed.secondary()).isEqualTo(secondary);
    assertThat(breed.group().wireValue()).isEqualTo(group);
    assertThat(breed.type().wireValue()).isEqualTo(type);
    assertThat(breed.confidence()).isEqualTo(confidence);
    assertThat(breed.slug()).isEqualTo(slug);
    assertThat(breed.typicalSize() == null ? null : breed.typicalSize().wireValue())
        .isEqualTo(size);
  }

  @ParameterizedTest(name = "{0} -> Unknown")
  @ValueSource(
      strings = {
        "",
        "   ",
        "n/a",
        "N/A",
        "na",
        "TBC",
        "Breed TBC",
        "not specified",
        "pending",
        "unknown",
        "Unbekannt",
        "can be the only dog",
        "Can Be The Only Dog",
        "?",
        "-",
        "desconocido",
        "sconosciuto",
        "bilinmiyor",
        "onbekend",
        "Unknown (TBC)",
        "retriever",
        "Hunting Dog",
        "small",
        "Dog"
      })
  void placeholdersAndWordsThatNameNoBreedAreUnknown(String raw) {
    StandardizedBreed breed = BREEDS.standardize(raw);

    assertThat(breed.label()).isEqualTo("Unknown");
    assertThat(breed.primary()).isNull();
    assertThat(breed.secondary()).isNull();
    assertThat(breed.type()).isEqualTo(BreedType.UNKNOWN);
    assertThat(breed.group()).isEqualTo(BreedGroup.UNKNOWN);
    assertThat(breed.slug()).isEqualTo("unknown");
    assertThat(breed.confidence()).isZero();
  }

  @Test
  void nullAndOverlongTextsAreUnknown() {
    assertThat(BREEDS.standardize(null)).isEqualTo(StandardizedBreed.unknown(null));
    String sentence = "Labrador " + "very friendly dog who loves long walks ".repeat(4);

    StandardizedBreed overlong = BREEDS.standardize(sentence);

    assertThat(sentence.strip().length()).isGreaterThan(120);
    assertThat(overlong.label()).isEqualTo("Unknown");
    assertThat(overlong.raw()).isEqualTo(sentence.strip());
  }

  @ParameterizedTest(name = "{0} -> {1} ({2})")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # cross markers in every language, separators, glued markers, trailing X
          Staffie X                              | Staffordshire Bull Terrier Cross  | 0.7
          Lab x                                  | Labrador Retriever Cross          | 0.7
          Podencomix                             | Podenco Cross                     | 0.7
          Labradormischling                      | Labrador Retriever Cross          | 0.7
          Schäferhund-Mix                        | German Shepherd Dog Cross         | 0.7
          Terrier-Mischling                      | Terrier Cross                     | 0.7
          Podenco mestizo                        | Podenco Cross                     | 0.7
          cruce de galgo                         | Galgo Cross                       | 0.7
          meticcio segugio                       | Segugio Italiano Cross            | 0.7
          kangal melez                           | Kangal Cross                      | 0.7
          labrador kruising                      | Labrador Retriever Cross          | 0.7
          Labrador x Kokoni                      | Labrador Retriever Cross          | 0.7
          Labrador / Schäferhund                 | Labrador Retriever x German Shepherd Dog | 0.8
          Labrador + Husky                       | Labrador Retriever x Siberian Husky | 0.8
          Mix aus Labrador und Schäferhund       | Labrador Retriever x German Shepherd Dog | 0.8
          Podenco y Galgo                        | Podenco x Galgo                   | 0.8
          Pastore tedesco e Segugio              | German Shepherd Dog x Segugio Italiano | 0.8
          Shepherd Lab/Pointer Mix               | Shepherd x Labrador Retriever     | 0.8
          Teckel Dachshund x Pointer or Vizsla mix | Dachshund x Pointer             | 0.8
          possibly labrador, probably husky      | Labrador Retriever x Siberian Husky | 0.8
          # hedges are ignored
          evtl. Dackel                           | Dachshund                         | 0.9
          probably Beagle                        | Beagle                            | 0.9
          # designer crosses
          Cockapoo mix                           | Cockapoo Cross                    | 0.7
          Cavapoo                                | Cavapoo                           | 0.85
          Yorkie Poo                             | Yorkipoo                          | 0.85
          # Head (inner) forms of UK sites
          Collie (Border)                        | Border Collie                     | 0.9
          Poodle (Miniature)                     | Miniature Poodle                  | 0.9
          Spaniel (English Springer)             | English Springer Spaniel          | 0.9
          Terrier (Staffordshire Bull)           | Staffordshire Bull Terrier        | 0.9
          Schnauzer (Standard)                   | Standard Schnauzer                | 0.9
          Labrador x Terrier (Border)            | Labrador Retriever x Border Terrier | 0.8
          # German, Spanish, Italian, Turkish and Dutch names
          Schäferhund                            | German Shepherd Dog               | 0.95
          SCHAEFERHUND                           | German Shepherd Dog               | 0.95
          Dackel                                 | Dachshund                         | 0.95
          Deutsch Kurzhaar                       | German Shorthaired Pointer        | 0.95
          Französische Bulldogge                 | French Bulldog                    | 0.95
          Herdenschutzhund                       | Livestock Guardian Dog            | 0.95
          galgo español                          | Galgo Español                     | 0.95
          GALGO ESPANOL                          | Galgo Español                     | 0.95
          podenco andaluz                        | Podenco                           | 0.95
          mastín                                 | Spanish Mastiff                   | 0.95
          pastor alemán                          | German Shepherd Dog               | 0.95
          pastore tedesco                        | German Shepherd Dog               | 0.95
          segugio                                | Segugio Italiano                  | 0.95
          kangal                                 | Kangal                            | 0.95
          Alman Çoban Köpeği                     | German Shepherd Dog               | 0.95
          Duitse herder                          | German Shepherd Dog               | 0.95
          herder                                 | Shepherd                          | 0.95
          Mechelse herder                        | Belgian Malinois                  | 0.95
          # more UK spellings
          St. Bernard                            | Saint Bernard                     | 0.95
          Jack Russel                            | Jack Russell Terrier              | 0.95
          Pit bull                               | American Pit Bull Terrier         | 0.95
          Turkish Kangal Dog                     | Kangal                            | 0.95
          """)
  void resolvesCrossesAliasesAndLanguages(String raw, String label, double confidence) {
    StandardizedBreed breed = BREEDS.standardize(raw);

    assertThat(breed.label()).isEqualTo(label);
    assertThat(breed.confidence()).isEqualTo(confidence);
  }

  @ParameterizedTest(name = "{0} -> Mixed Breed")
  @ValueSource(
      strings = {
        "Mix",
        "mixed",
        "Mischling",
        "Mischlinge",
        "mestizo",
        "cruce",
        "meticcio",
        "melez",
        "kruising",
        "Beautiful Cross",
        "Small Male Cross",
        "Cross breed",
        "Mongrel",
        "retriever mix",
        "Kokoni mix",
        "Small female cross"
      })
  void crossMarkersWithoutABreedAreMixedBreed(String raw) {
    StandardizedBreed breed = BREEDS.standardize(raw);

    assertThat(breed).isEqualTo(StandardizedBreed.mixed(breed.raw()));
    assertThat(breed.primary()).isNull();
  }

  @ParameterizedTest(name = "{0} -> provisional {1}")
  @CsvSource({
    "Kokoni, Kokoni",
    "kokoni, Kokoni",
    "Çatalburun, Çatalburun",
    "ca de bou, Ca De Bou",
    "vermutlich Kokoni, Kokoni"
  })
  void unknownPlainWordsBecomeAProvisionalBreed(String raw, String name) {
    StandardizedBreed breed = BREEDS.standardize(raw);

    assertThat(breed.label()).isEqualTo(name);
    assertThat(breed.primary()).isEqualTo(name);
    assertThat(breed.type()).isEqualTo(BreedType.UNKNOWN);
    assertThat(breed.group()).isEqualTo(BreedGroup.UNKNOWN);
    assertThat(breed.confidence()).isEqualTo(0.4);
    assertThat(breed.slug()).matches("[a-z0-9]+(-[a-z0-9]+)*");
    assertThat(breed.typicalSize()).isNull();
  }

  @ParameterizedTest(name = "{0} is not provisional")
  @ValueSource(
      strings = {
        "yorkshire",
        "pinscher",
        "european",
        "unlisted",
        "sighthound",
        "Windhund",
        "Jagdhund",
        "Five Different Words Here Now",
        "Black",
        "Labrador123",
        "Кавказка"
      })
  void genericOrUnusualWordsAreNotProvisionalBreeds(String raw) {
    assertThat(BREEDS.standardize(raw).label()).isEqualTo("Unknown");
  }

  /**
   * The shortcut for plain aliases gives what the full resolution gives ("()" forces the latter).
   */
  @Test
  void everyCanonicalNameResolvesToItselfWithOrWithoutTheShortcut() {
    for (Breed breed : BreedRegistry.bundled().breeds()) {
      StandardizedBreed direct = BREEDS.standardize(breed.name());
      StandardizedBreed full = BREEDS.standardize(breed.name() + " ()");

      assertThat(direct.primary()).as(breed.name()).isEqualTo(breed.name());
      assertThat(direct.label()).as(breed.name()).isEqualTo(full.label());
      assertThat(direct.type()).as(breed.name()).isEqualTo(full.type());
      assertThat(direct.confidence()).as(breed.name()).isEqualTo(full.confidence());
    }
  }

  @Test
  void crossesShareThePrimaryBreedsSlug() {
    assertThat(BREEDS.standardize("Border Collie Cross").slug())
        .isEqualTo(BREEDS.standardize("Border Collie").slug())
        .isEqualTo("border-collie");
    assertThat(BREEDS.standardize("Border Collie x Labrador").slug()).isEqualTo("border-collie");
  }

  @Test
  void markupInTheBreedTextIsInert() {
    StandardizedBreed breed = BREEDS.standardize("<b>Beagle</b><script>alert(1)</script>");

    assertThat(breed.raw()).isEqualTo("Beagle");
    assertThat(breed.label()).isEqualTo("Beagle");
  }

  @Test
  void xlargeIsKeptAsItsOwnTypicalSize() {
    assertThat(BREEDS.standardize("Great Dane").typicalSize()).isEqualTo(DogSize.XLARGE);
    assertThat(BREEDS.standardize("Chihuahua").typicalSize()).isEqualTo(DogSize.TINY);
  }

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  @Test
  void slugsAreAsciiForEveryRegistryBreedAndForGeneratedTexts() {
    for (Breed breed : BreedRegistry.bundled().breeds()) {
      assertThat(breed.slug()).as(breed.name()).matches(SLUG);
    }
    Random random = new Random(20261126L);
    String alphabet =
        "abcdefghijklmnopqrstuvwxyzäöüßéèêñçşğıİøæœ ÁÉÍÓÚ'-/()xX,+&0123456789😀🇬🇧<>\"";
    String[] words = {
      "labrador",
      "mix",
      "x",
      "Schäferhund",
      "galgo",
      "español",
      "kokoni",
      "cross",
      "und",
      "Mischling",
      "(",
      ")",
      "podenco",
      "çoban",
      "köpeği",
      "n/a",
      "Staffie",
      "Ñandú",
      "Ölçü"
    };
    for (int i = 0; i < 5_000; i++) {
      StringBuilder text = new StringBuilder();
      int parts = 1 + random.nextInt(5);
      for (int p = 0; p < parts; p++) {
        if (random.nextBoolean()) {
          text.append(words[random.nextInt(words.length)]);
        } else {
          int length = 1 + random.nextInt(9);
          for (int k = 0; k < length; k++) {
            text.appendCodePoint(
                alphabet.codePointAt(
                    alphabet.offsetByCodePoints(
                        0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
          }
        }
        text.append(' ');
      }
      StandardizedBreed breed = BREEDS.standardize(text.toString());
      assertThat(breed.slug()).as(text.toString()).matches(SLUG);
      assertThat(breed.confidence()).isBetween(0.0, 1.0);
      assertThat(breed.primary() == null)
          .as("primary is null exactly for Unknown and Mixed Breed: " + text)
          .isEqualTo(breed.label().equals("Unknown") || breed.label().equals("Mixed Breed"));
    }
  }
}
