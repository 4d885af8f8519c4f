package dev.rescuedogs.scraping.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HeadingSectionTest {

  private static final Document PAGE =
      Jsoup.parse(
          "<div class='content'>"
              + "<h2>Kurzbeschreibung</h2><p>Rasse: Mix</p>"
              + "<h2 class='wp-block-heading'>Über  Pontos</h2>"
              + "<p>Erster Absatz.</p>"
              + "<figure><img src='a.jpg'></figure>"
              + "<h3>Was er mag</h3><p>Bälle <script>alert(1)</script><iframe src='x'></iframe></p>"
              + "<div class='spacer'></div>"
              + "<div class='wrap'><h2>Videos</h2></div>"
              + "<p>Teilen</p>"
              + "</div>");

  @Test
  void findsHeadingsByFoldedText() {
    assertThat(HeadingSection.startingWith(PAGE, "uber pontos")).isPresent();
    assertThat(HeadingSection.find(PAGE, text -> text.contains("videos")).map(Element::text))
        .contains("Videos");
    assertThat(HeadingSection.startingWith(PAGE, "beschreibung")).isEmpty();
  }

  @Test
  void contentRunsToTheNextHeadingOfTheSameRankAndKeepsLowerOnes() {
    Element about = HeadingSection.startingWith(PAGE, "uber").orElseThrow();

    List<Element> content = HeadingSection.contentAfter(about);

    // Stops at the wrapper holding the h2 "Videos"; the h3 belongs to the section.
    assertThat(content)
        .extracting(Element::normalName)
        .containsExactly("p", "figure", "h3", "p", "div");
  }

  @Test
  void storyHtmlKeepsTextAndDropsMediaScriptsAndEmptyBlocks() {
    Element about = HeadingSection.startingWith(PAGE, "uber").orElseThrow();

    String story = HeadingSection.storyHtml(HeadingSection.contentAfter(about));

    assertThat(story).isEqualTo("<p>Erster Absatz.</p>\n<h3>Was er mag</h3>\n<p>Bälle</p>");
    assertThat(HeadingSection.storyHtml(List.of())).isNull();
  }

  @Test
  void ranks() {
    assertThat(HeadingSection.rank(new Element("h4"))).isEqualTo(4);
    assertThat(HeadingSection.rank(new Element("p"))).isZero();
    assertThat(HeadingSection.rank(new Element("hr"))).isZero();
  }
}
