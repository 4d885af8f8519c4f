package dev.rescuedogs.scraping.scrape;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageUrlsTest {

  private static final URI PAGE = URI.create("https://rescue.example/dogs/rex/");

  @Test
  void referencesBecomeAbsoluteDeDuplicatedUrls() {
    List<String> urls =
        ImageUrls.normalize(
            PAGE,
            List.of(
                "photo-1.jpg",
                "/media/photo-2.jpg",
                "//cdn.rescue.example/photo-3.jpg",
                "https://rescue.example/dogs/rex/photo-1.jpg#zoom",
                "  https://rescue.example/media/photo-2.jpg  ",
                "http://other.example/a b.jpg"));

    assertThat(urls)
        .containsExactly(
            "https://rescue.example/dogs/rex/photo-1.jpg",
            "https://rescue.example/media/photo-2.jpg",
            "https://cdn.rescue.example/photo-3.jpg",
            "http://other.example/a%20b.jpg");
  }

  @Test
  void dataUrisPlaceholdersAndNonHttpReferencesAreDropped() {
    List<String> urls =
        ImageUrls.normalize(
            PAGE,
            Arrays.asList(
                "data:image/gif;base64,R0lGODlhAQABAAAAACw=",
                "blob:https://rescue.example/123",
                "javascript:void(0)",
                "",
                null,
                "/img/placeholder.png",
                "/img/dog-placeholder-300x200.jpg",
                "/img/no-image.svg",
                "/img/spacer.gif",
                "/img/lazy.gif",
                "ftp://rescue.example/rex.jpg",
                "/img/pixel.jpg",
                "/img/grey-lady.jpg"));

    // A dog named Pixel and a "grey" one keep their photos.
    assertThat(urls)
        .containsExactly(
            "https://rescue.example/img/pixel.jpg", "https://rescue.example/img/grey-lady.jpg");
  }

  @Test
  void wixImageReferencesBecomeStaticUrls() {
    assertThat(
            ImageUrls.normalize(PAGE, "wix:image://v1/11062b_abc~mv2.jpg/dog.jpg#originWidth=800"))
        .isEqualTo("https://static.wixstatic.com/media/11062b_abc~mv2.jpg");
  }

  @Test
  void relativeReferencesWithoutABaseAreDropped() {
    assertThat(ImageUrls.normalize(null, "photo.jpg")).isNull();
    assertThat(ImageUrls.normalize(null, "https://x.example/photo.jpg"))
        .isEqualTo("https://x.example/photo.jpg");
  }

  @Test
  void theLargestSrcsetCandidateIsChosen() {
    assertThat(ImageUrls.largestFromSrcset("a.jpg 480w, b.jpg 1080w, c.jpg 720w"))
        .isEqualTo("b.jpg");
    assertThat(ImageUrls.largestFromSrcset("a.jpg 1x, b.jpg 2x")).isEqualTo("b.jpg");
    assertThat(
            ImageUrls.largestFromSrcset(
                "https://cdn/w_300,h_200/a.jpg 300w," + " https://cdn/w_900,h_600/a.jpg 900w"))
        .isEqualTo("https://cdn/w_900,h_600/a.jpg");
    assertThat(ImageUrls.largestFromSrcset("only.jpg")).isEqualTo("only.jpg");
    assertThat(ImageUrls.largestFromSrcset(" ")).isNull();
  }
}
