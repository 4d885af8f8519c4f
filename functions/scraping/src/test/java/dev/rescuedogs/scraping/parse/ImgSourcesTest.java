package dev.rescuedogs.scraping.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ImgSourcesTest {

  private static String best(String img) {
    Element element = Jsoup.parse(img, "https://rescue.example/dogs/rex/").selectFirst("img");
    return ImgSources.best(element);
  }

  private static String dataSrcFirst(String img) {
    Element element = Jsoup.parse(img, "https://rescue.example/dogs/rex/").selectFirst("img");
    return ImgSources.dataSrcFirst(element);
  }

  @Test
  void theLargestSrcsetCandidateWins() {
    assertThat(best("<img src='r-300.jpg' srcset='r-300.jpg 300w, r.jpg 900w, r-600.jpg 600w'>"))
        .isEqualTo("https://rescue.example/dogs/rex/r.jpg");
  }

  @Test
  void lazyLoadingAddressesBeatPlaceholders() {
    assertThat(
            best(
                "<img src='data:image/gif;base64,R0lGOD' srcset='data:image/gif;base64,R0lGOD'"
                    + " data-src='/uploads/rex.jpg'>"))
        .isEqualTo("https://rescue.example/uploads/rex.jpg");
    assertThat(best("<img src='/img/placeholder.png' data-envira-src='//cdn.example/rex.jpg'>"))
        .isEqualTo("https://cdn.example/rex.jpg");
    assertThat(best("<img src='/uploads/rex.jpg' data-src=''>"))
        .isEqualTo("https://rescue.example/uploads/rex.jpg");
  }

  @Test
  void anImageWithoutAUsableAddressGivesNull() {
    assertThat(best("<img src='data:image/svg+xml,%3Csvg%3E'>")).isNull();
    assertThat(best("<img alt='no source'>")).isNull();
  }

  @Test
  void dataSrcFirstPrefersTheLazyAddressOverTheSrcsetThenFallsBack() {
    String both = "<img src='r-300.jpg' srcset='r-300.jpg 300w, r.jpg 900w' data-src='r-full.jpg'>";
    assertThat(dataSrcFirst(both)).isEqualTo("https://rescue.example/dogs/rex/r-full.jpg");
    assertThat(best(both)).isEqualTo("https://rescue.example/dogs/rex/r.jpg");
    assertThat(dataSrcFirst("<img src='r-300.jpg' srcset='r-300.jpg 300w, r.jpg 900w'>"))
        .isEqualTo("https://rescue.example/dogs/rex/r.jpg");
    assertThat(dataSrcFirst("<img src='/uploads/rex.jpg' data-src=''>"))
        .isEqualTo("https://rescue.example/uploads/rex.jpg");
    assertThat(dataSrcFirst("<img alt='no source'>")).isNull();
  }
}
