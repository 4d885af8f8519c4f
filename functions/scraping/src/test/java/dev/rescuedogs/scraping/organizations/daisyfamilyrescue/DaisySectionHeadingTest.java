package dev.rescuedogs.scraping.organizations.daisyfamilyrescue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescuedogs.scraping.organizations.daisyfamilyrescue.DaisyFamilyRescueScraper.Section;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Section headings are read by keyword, so rewording one (#188) keeps its dogs' status right. */
class DaisySectionHeadingTest {

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Hunde auf Pflegestellen in Deutschland | AVAILABLE",
        "Pflegestellenhunde | AVAILABLE",
        "Unsere Hündinnen | AVAILABLE",
        "HÜNDINNEN IN NORDMAZEDONIEN | AVAILABLE",
        // "ü" written as u + combining diaeresis
        "Unsere Hu\u0308ndinnen | AVAILABLE",
        "Rüden | AVAILABLE",
        "Unsere Rueden in Skopje | AVAILABLE",
        "Reservierte Hündinnen | RESERVED",
        "Rüden – bereits reserviert | RESERVED",
        "Pflegestelle (reserviert) | RESERVED",
        "Happy Ends – schon vermittelt | ADOPTED",
        "Patenhunde | OTHER",
        "Unsere Partner | OTHER",
        "Regenbogenbrücke | OTHER",
      })
  void classifiesHeadingsByKeywordWithReservedWinning(String heading, Section expected) {
    assertThat(Section.of(heading)).isEqualTo(expected);
  }
}
