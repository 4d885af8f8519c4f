package dev.rescuedogs.scraping.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class UrisTest {

  @Test
  void parsesStrippedAddressesAndGivesNullForMissingOrMalformedOnes() {
    assertThat(Uris.parseOrNull(" https://x.org/dog/rex \n"))
        .isEqualTo(URI.create("https://x.org/dog/rex"));
    assertThat(Uris.parseOrNull(null)).isNull();
    assertThat(Uris.parseOrNull("  ")).isNull();
    assertThat(Uris.parseOrNull("https://x.org/Bella 1.jpg")).isNull();
  }

  @Test
  void encodingSpacesAcceptsUnencodedFileNames() {
    assertThat(Uris.parseOrNullEncodingSpaces(" https://x.org/Bella 1.jpg "))
        .isEqualTo(URI.create("https://x.org/Bella%201.jpg"));
    assertThat(Uris.parseOrNullEncodingSpaces(null)).isNull();
    assertThat(Uris.parseOrNullEncodingSpaces(" ")).isNull();
    assertThat(Uris.parseOrNullEncodingSpaces("https://x.org/a|b")).isNull();
  }
}
