package dev.rescuedogs.core.size;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SizeStandardizerTest {

  private final SizeStandardizer sizes = new SizeStandardizer();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Tiny                     | Tiny
          Small                    | Small
          Medium                   | Medium
          Large                    | Large
          XLarge                   | XLarge
          # XLarge stays XLarge (the original collapsed it into Large)
          Giant                    | XLarge
          Huge                     | XLarge
          XL                       | XLarge
          XXL                      | XLarge
          extra large              | XLarge
          Very Large               | XLarge
          # compounds take the larger
          Medium-Large             | Large
          Small-medium size dog    | Medium
          Small to Medium sized    | Medium
          Medium to large size     | Large
          # extra small is the other end of the scale
          x small                  | Tiny
          X. Small                 | Tiny
          Xsmall                   | Tiny
          extra small              | Tiny
          # The Underdog's phrases
          smaller side of medium   | Small
          larger side of medium    | Large
          smaller side of large    | Medium
          # other languages
          klein                    | Small
          mittelgroß               | Medium
          groß                     | Large
          sehr groß                | XLarge
          pequeño                  | Small
          mediano                  | Medium
          grande                   | Large
          piccola taglia           | Small
          taglia media             | Medium
          küçük                    | Small
          orta                     | Medium
          büyük                    | Large
          middelgroot              | Medium
          groot                    | Large
          # single letters only as the whole field
          S                        | Small
          M                        | Medium
          L                        | Large
          Medium size dog          | Medium
          Small size male pup      | Small
          """)
  void readsStatedSizes(String text, String size) {
    StandardizedSize result = sizes.standardize(text, null, null, null);

    assertThat(result.raw()).isEqualTo(text);
    assertThat(result.size().wireValue()).isEqualTo(size);
    assertThat(result.source()).isEqualTo(SizeSource.STATED);
  }

  @ParameterizedTest(name = "weight {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          4.9 kg                   | Tiny
          5 kg                     | Small
          9,5 kg                   | Small
          10kg                     | Medium
          ca. 25 kg                | Large
          Gewicht: ca. 15 – 19 kg  | Medium
          44 kg                    | Large
          45 kg                    | XLarge
          32                       | Large
          45 lbs                   | Medium
          around 21-2 kg           | Medium
          weighs around 8kg, should be around 10-12kg at full size | Small
          """)
  void readsWeights(String weight, String size) {
    StandardizedSize result = sizes.standardize(null, weight, null, null);

    assertThat(result.size().wireValue()).isEqualTo(size);
    assertThat(result.source()).isEqualTo(SizeSource.WEIGHT);
    assertThat(result.raw()).isNull();
  }

  @ParameterizedTest(name = "height {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          24 cm                    | Tiny
          25 cm                    | Small
          height: 29cm             | Small
          Height:55cm              | Large
          48 cm                    | Medium
          ca. 20 – 39 cm           | Small
          ca. 70 – 79 cm           | XLarge
          69 cm                    | Large
          20 inches                | Medium
          """)
  void readsShoulderHeights(String height, String size) {
    StandardizedSize result = sizes.standardize(null, null, height, null);

    assertThat(result.size().wireValue()).isEqualTo(size);
    assertThat(result.source()).isEqualTo(SizeSource.HEIGHT);
  }

  @Test
  void precedenceIsStatedThenWeightThenHeightThenBreed() {
    assertThat(sizes.standardize("Small", "40 kg", "70 cm", DogSize.XLARGE))
        .isEqualTo(new StandardizedSize("Small", DogSize.SMALL, SizeSource.STATED));
    assertThat(sizes.standardize("Cabin size", "40 kg", "20 cm", DogSize.TINY))
        .isEqualTo(new StandardizedSize("Cabin size", DogSize.LARGE, SizeSource.WEIGHT));
    assertThat(sizes.standardize(null, "unknown", "20 cm", DogSize.LARGE))
        .isEqualTo(new StandardizedSize(null, DogSize.TINY, SizeSource.HEIGHT));
    assertThat(sizes.standardize(null, null, null, DogSize.XLARGE))
        .isEqualTo(new StandardizedSize(null, DogSize.XLARGE, SizeSource.BREED));
  }

  @Test
  void aMeasurementInTheSizeFieldCounts() {
    assertThat(sizes.standardize("ca. 55 cm", null, null, null))
        .isEqualTo(new StandardizedSize("ca. 55 cm", DogSize.LARGE, SizeSource.HEIGHT));
    assertThat(sizes.standardize("Ungefähre Größe: ca. 55 cm", null, null, null).source())
        .isEqualTo(SizeSource.HEIGHT);
    assertThat(sizes.standardize("12 kg", null, null, null))
        .isEqualTo(new StandardizedSize("12 kg", DogSize.MEDIUM, SizeSource.WEIGHT));
  }

  /** The original defaulted unknown sizes to "Medium" (62% of its dogs): there is no default. */
  @ParameterizedTest(name = "{0} -> no size")
  @ValueSource(strings = {"Unknown", "n/a", "Cabin size", "ca. xx – xx cm", "size varies", "   "})
  void neverFabricatesASize(String text) {
    StandardizedSize result = sizes.standardize(text, "ca. xx – xx kg", "ca. xx – xx cm", null);

    assertThat(result.size()).isNull();
    assertThat(result.source()).isNull();
  }

  @Test
  void implausibleMeasurementsAreIgnored() {
    assertThat(sizes.fromWeight("0 kg")).isNull();
    assertThat(sizes.fromWeight("500 kg")).isNull();
    assertThat(sizes.fromHeight("5 cm")).isNull();
    assertThat(sizes.fromHeight("300 cm")).isNull();
  }
}
