package dev.rescuedogs.scraping.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class SlugsTest {

  @Test
  void slugsFoldAccentsAndJoinWordsWithHyphens() {
    assertThat(Slugs.of("Mo'nique")).isEqualTo("monique");
    assertThat(Slugs.of("Çakıl")).isEqualTo("cakil");
    assertThat(Slugs.of("Größe Strolch")).isEqualTo("grosse-strolch");
    assertThat(Slugs.of("  Vasil III  ")).isEqualTo("vasil-iii");
    assertThat(Slugs.of("Pamuk 🐶")).isEqualTo("pamuk");
    assertThat(Slugs.of("🐶")).isEmpty();
    assertThat(Slugs.of(null)).isEmpty();
  }

  @Test
  void lastPathSegmentIgnoresTrailingSlashesQueriesAndFragments() {
    assertThat(Slugs.lastPathSegment(URI.create("https://x.org/tiervermittlung/pontos/?a=1#b")))
        .isEqualTo("pontos");
    assertThat(Slugs.lastPathSegment(URI.create("https://x.org/dog/rex-2"))).isEqualTo("rex-2");
    assertThat(Slugs.lastPathSegment(URI.create("https://x.org/%C4%8Dupko/"))).isEqualTo("čupko");
    assertThat(Slugs.lastPathSegment(URI.create("https://x.org/"))).isEmpty();
  }

  @Test
  void segmentAfterReadsOnlyTheLastSegmentDirectlyBelowTheParent() {
    assertThat(Slugs.segmentAfter(URI.create("https://x.org/adopt/Teddy/"), "adopt"))
        .isEqualTo("teddy");
    assertThat(Slugs.segmentAfter(URI.create("https://x.org/en/post/%C4%8Dupko"), "post"))
        .isEqualTo("čupko");
    assertThat(Slugs.segmentAfter(URI.create("https://x.org/adopt/"), "adopt")).isNull();
    assertThat(Slugs.segmentAfter(URI.create("https://x.org/adopt/teddy/photos"), "adopt"))
        .isNull();
    assertThat(Slugs.segmentAfter(URI.create("https://x.org/dogs/teddy"), "adopt")).isNull();
  }
}
