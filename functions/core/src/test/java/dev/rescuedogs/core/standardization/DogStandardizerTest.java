package dev.rescuedogs.core.standardization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescuedogs.core.age.AgeCategory;
import dev.rescuedogs.core.breed.BreedType;
import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.dog.StandardizedDog;
import dev.rescuedogs.core.quality.RejectReason;
import dev.rescuedogs.core.quality.Validation;
import dev.rescuedogs.core.sex.Sex;
import dev.rescuedogs.core.size.DogSize;
import dev.rescuedogs.core.size.SizeSource;
import dev.rescuedogs.core.status.DogStatus;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DogStandardizerTest {

  private static final Instant SCRAPED = Instant.parse("2026-11-26T06:00:00Z");
  private static final DogStandardizer STANDARDIZER = new DogStandardizer();

  private static RawDog.Builder complete() {
    return RawDog.builder()
        .externalId("3667518")
        .name("Pippa")
        .adoptionUrl(
            "https://www.dogstrust.org.uk/rehoming/dogs/terrier-staffordshire-bull/3667518")
        .breed("Terrier (Staffordshire Bull) Cross")
        .ageText("8 + years")
        .sex("Female")
        .size("Medium")
        .location("Cardiff (Cardiff)")
        .description("<p>" + "Pippa is a gentle girl who loves a cuddle. ".repeat(6) + "</p>")
        .imageUrls(
            List.of(
                "https://example.org/1.jpg",
                "https://example.org/2.jpg",
                "https://example.org/3.jpg"));
  }

  @Test
  void standardizesEveryFieldOfACompleteRecord() {
    StandardizedDog dog = STANDARDIZER.standardize(complete().build(), SCRAPED);

    assertThat(dog.rejected()).isFalse();
    assertThat(dog.externalId()).isEqualTo("3667518");
    assertThat(dog.name()).isEqualTo("Pippa");
    assertThat(dog.status()).isEqualTo(DogStatus.AVAILABLE);
    assertThat(dog.breed().label()).isEqualTo("Staffordshire Bull Terrier Cross");
    assertThat(dog.breed().type()).isEqualTo(BreedType.CROSSBREED);
    assertThat(dog.age().text()).isEqualTo("8 + years");
    assertThat(dog.age().minMonths()).isEqualTo(96);
    assertThat(dog.age().maxMonths()).isEqualTo(132);
    assertThat(dog.age().category()).isEqualTo(AgeCategory.SENIOR);
    assertThat(dog.size().size()).isEqualTo(DogSize.MEDIUM);
    assertThat(dog.size().source()).isEqualTo(SizeSource.STATED);
    assertThat(dog.sex()).isEqualTo(Sex.FEMALE);
    assertThat(dog.description()).startsWith("Pippa is a gentle girl").doesNotContain("<p>");
    assertThat(dog.primaryImageUrl()).isEqualTo("https://example.org/1.jpg");
    assertThat(dog.qualityScore()).isEqualTo(1.0);
  }

  /**
   * The original overwrote age_text with the (absent) "age" field: scrapers' age texts were lost.
   */
  @Test
  void keepsTheAgeText() {
    StandardizedDog dog =
        STANDARDIZER.standardize(complete().ageText("Date of birth: May 2018").build(), SCRAPED);

    assertThat(dog.age().text()).isEqualTo("Date of birth: May 2018");
    assertThat(dog.age().minMonths()).isEqualTo(102);
  }

  /**
   * Santer Paws wrote the sex into "gender", in lower case, and the original's sex column stayed
   * empty.
   */
  @Test
  void readsTheSexFromTheGenderField() {
    StandardizedDog dog =
        STANDARDIZER.standardize(complete().sex(null).gender("male").build(), SCRAPED);

    assertThat(dog.sex()).isEqualTo(Sex.MALE);
  }

  /** The original defaulted unknown sizes to "Medium". */
  @Test
  void neverFabricatesAMediumSize() {
    StandardizedDog mixed =
        STANDARDIZER.standardize(complete().size(null).breed("Mischling").build(), SCRAPED);
    StandardizedDog unknown =
        STANDARDIZER.standardize(complete().size(null).breed(null).build(), SCRAPED);

    assertThat(mixed.size().size()).isNull();
    assertThat(mixed.size().source()).isNull();
    assertThat(unknown.size().size()).isNull();
  }

  @Test
  void theBreedsTypicalSizeIsTheLastResort() {
    StandardizedDog dog =
        STANDARDIZER.standardize(complete().size(null).breed("Great Dane").build(), SCRAPED);
    StandardizedDog weighed =
        STANDARDIZER.standardize(
            complete().size(null).breed("Great Dane").weight("8 kg").build(), SCRAPED);

    assertThat(dog.size().size()).isEqualTo(DogSize.XLARGE);
    assertThat(dog.size().source()).isEqualTo(SizeSource.BREED);
    assertThat(weighed.size().size()).isEqualTo(DogSize.SMALL);
    assertThat(weighed.size().source()).isEqualTo(SizeSource.WEIGHT);
  }

  /** The original filed 40 months under "Young". */
  @Test
  void fortyMonthsIsAnAdult() {
    StandardizedDog dog =
        STANDARDIZER.standardize(complete().ageText("40 months").build(), SCRAPED);

    assertThat(dog.age().category()).isEqualTo(AgeCategory.ADULT);
  }

  /** REAN's call-to-action "Please" became seven dogs in the original. */
  @Test
  void pageFurnitureIsNotADog() {
    StandardizedDog dog = STANDARDIZER.standardize(complete().name("Please").build(), SCRAPED);

    assertThat(dog.rejected()).isTrue();
    assertThat(dog.rejectReason()).isEqualTo(RejectReason.NAME_IS_PAGE_FURNITURE);
    assertThat(dog.breed().label())
        .as("a reject still carries every field")
        .isEqualTo("Staffordshire Bull Terrier Cross");
  }

  /** Dogs Trust sent no charset: 183 of 478 dogs had mojibake in the original. */
  @Test
  void repairsMojibakeInEveryText() {
    StandardizedDog dog =
        STANDARDIZER.standardize(
            complete()
                .name("ZoÃ«")
                .breed("Deutscher SchÃ¤ferhund")
                .location("MÃ¼nchen")
                .description("SchÃ¶ne HÃ¼ndin, donâ€™t miss her")
                .build(),
            SCRAPED);

    assertThat(dog.name()).isEqualTo("Zoë");
    assertThat(dog.breed().raw()).isEqualTo("Deutscher Schäferhund");
    assertThat(dog.breed().label()).isEqualTo("German Shepherd Dog");
    assertThat(dog.location()).isEqualTo("München");
    assertThat(dog.description()).isEqualTo("Schöne Hündin, don’t miss her");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      nullValues = "NULL",
      value = {
        "missing external id, NULL, https://x.org/d/1, https://x.org/1.jpg, missing_external_id",
        "blank external id, '  ', https://x.org/d/1, https://x.org/1.jpg, missing_external_id",
        "missing adoption URL, 7, NULL, https://x.org/1.jpg, missing_adoption_url",
        "javascript adoption URL, 7, javascript:alert(1), https://x.org/1.jpg,"
            + " missing_adoption_url",
        "relative adoption URL, 7, /adopt/rex, https://x.org/1.jpg, missing_adoption_url",
        "missing image, 7, https://x.org/d/1, NULL, missing_image",
        "data URI image, 7, https://x.org/d/1, data:image/png;base64 AAAA, missing_image",
      })
  void fullValidationRequiresIdAdoptionUrlAndImage(
      String description, String externalId, String adoptionUrl, String image, String reason) {
    RawDog raw =
        complete()
            .externalId(externalId)
            .adoptionUrl(adoptionUrl)
            .imageUrls(image == null ? List.of() : List.of(image))
            .build();

    StandardizedDog full = STANDARDIZER.standardize(raw, SCRAPED, Validation.FULL);
    StandardizedDog contentOnly = STANDARDIZER.standardize(raw, SCRAPED, Validation.CONTENT_ONLY);

    assertThat(full.rejectReason()).isEqualTo(RejectReason.fromWireValue(reason));
    assertThat(contentOnly.rejected()).isFalse();
  }

  @Test
  void nameRulesApplyInBothValidations() {
    RawDog raw = complete().name("Gift Card").build();

    assertThat(STANDARDIZER.standardize(raw, SCRAPED, Validation.CONTENT_ONLY).rejectReason())
        .isEqualTo(RejectReason.NAME_IS_SHOP_ITEM);
    assertThat(STANDARDIZER.standardize(raw, SCRAPED).rejectReason())
        .isEqualTo(RejectReason.NAME_IS_SHOP_ITEM);
  }

  @Test
  void imageUrlsAreHttpOnlyAndDeduplicated() {
    StandardizedDog dog =
        STANDARDIZER.standardize(
            complete()
                .imageUrls(
                    List.of(
                        " https://x.org/1.jpg ",
                        "https://x.org/1.jpg",
                        "javascript:alert(1)",
                        "data:image/gif;base64,R0l",
                        "https://x.org/2.jpg\"onerror=\"x",
                        "",
                        "https://x.org/3.jpg"))
                .build(),
            SCRAPED);

    assertThat(dog.imageUrls()).containsExactly("https://x.org/1.jpg", "https://x.org/3.jpg");
  }

  @Test
  void statusComesFromTheBadgeOrTheName() {
    assertThat(STANDARDIZER.standardize(complete().status("Reserviert").build(), SCRAPED).status())
        .isEqualTo(DogStatus.RESERVED);
    StandardizedDog fromName =
        STANDARDIZER.standardize(complete().name("NAIMA (reserved)").build(), SCRAPED);
    assertThat(fromName.status()).isEqualTo(DogStatus.RESERVED);
    assertThat(fromName.name()).isEqualTo("Naima");
    assertThat(STANDARDIZER.standardize(complete().status("GEADOPTEERD").build(), SCRAPED).status())
        .isEqualTo(DogStatus.ADOPTED);
  }

  private static final Pattern MARKUP_START = Pattern.compile("<[\\p{L}/!?]");

  @Test
  void hostileMarkupInAnyFieldComesOutInert() {
    String attack =
        "<script>alert(1)</script><img src=x onerror=alert(2)>&lt;svg onload=alert(3)&gt;";
    RawDog raw =
        new RawDog(
            "id" + attack,
            "Rex" + attack,
            "https://x.org/d/1",
            attack,
            "Beagle" + attack,
            "2 years" + attack,
            "male" + attack,
            attack,
            "small" + attack,
            "8 kg" + attack,
            "30 cm" + attack,
            "Leeds" + attack,
            "<p>Nice dog</p>" + attack,
            List.of("https://x.org/1.jpg"),
            java.util.Map.of("note" + attack, attack + "ok"));

    StandardizedDog dog = STANDARDIZER.standardize(raw, SCRAPED);

    List<String> texts =
        new java.util.ArrayList<>(
            java.util.Arrays.asList(
                dog.externalId(),
                dog.name(),
                dog.breed().raw(),
                dog.breed().label(),
                dog.age().text(),
                dog.size().raw(),
                dog.weight(),
                dog.height(),
                dog.location(),
                dog.description()));
    dog.properties()
        .forEach(
            (key, value) -> {
              texts.add(key);
              texts.add(value);
            });
    for (String text : texts) {
      if (text != null) {
        assertThat(MARKUP_START.matcher(text).find()).as(text).isFalse();
        assertThat(text).doesNotContainIgnoringCase("onerror").doesNotContain("alert(1)");
      }
    }
    assertThat(dog.name()).isEqualTo("Rex");
    assertThat(dog.breed().label()).isEqualTo("Beagle");
    assertThat(dog.description()).isEqualTo("Nice dog");
  }

  /** Quadratic behaviour would take minutes on these; linear takes milliseconds. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "'<b'",
    "'<a \"'",
    "'<a title=''x>'",
    "'&lt;b'",
    "'1 2 '",
    "'('",
    "'abcdefghij'",
    "'<!'",
    "'<script>'",
    "'</'",
    "'Ã¼'",
    "'mix x '"
  })
  void pathologicalInputsTakeLinearTime(String unit) {
    String text = unit.repeat(50_000 / unit.length());
    RawDog raw =
        new RawDog(
            text,
            text,
            text,
            text,
            text,
            text,
            text,
            text,
            text,
            text,
            text,
            text,
            text,
            List.of(text),
            java.util.Map.of("k", text));

    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        java.time.Duration.ofSeconds(20), () -> STANDARDIZER.standardize(raw, SCRAPED));
  }

  @Test
  void isDeterministicAndUsesOnlyTheReferenceTime() {
    RawDog raw = complete().ageText("born 03/2020").build();

    StandardizedDog first = STANDARDIZER.standardize(raw, SCRAPED);
    StandardizedDog again = new DogStandardizer().standardize(raw, SCRAPED);
    StandardizedDog later = STANDARDIZER.standardize(raw, Instant.parse("2027-11-26T06:00:00Z"));

    assertThat(again).isEqualTo(first);
    assertThat(first.age().minMonths()).isEqualTo(80);
    assertThat(later.age().minMonths()).isEqualTo(92);
  }

  @Test
  void qualityScoreReflectsWhatIsKnown() {
    StandardizedDog sparse =
        STANDARDIZER.standardize(
            RawDog.builder()
                .externalId("1")
                .name("Rex")
                .adoptionUrl("https://x.org/1")
                .imageUrl("https://x.org/1.jpg")
                .build(),
            SCRAPED);

    // name 0.15 + primary image 0.15 + adoption URL 0.05
    assertThat(sparse.qualityScore()).isEqualTo(0.35);
  }
}
