package dev.rescuedogs.scraping.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class LabeledValuesTest {

  @Test
  void linesBreakAtBrAndBlocksButNotAtInlineMarkup() {
    Document page =
        Jsoup.parse(
            "<div id=facts><h2>Short description</h2><p><strong>Breed:</strong> Mix<br>"
                + "Gender:&nbsp; Male<br>Date of birth: <em>May</em> 2018</p><p>In a shelter from:"
                + " May 2021</p></div>");

    assertThat(TextLines.of(page.getElementById("facts")))
        .containsExactly(
            "Short description",
            "Breed: Mix",
            "Gender: Male",
            "Date of birth: May 2018",
            "In a shelter from: May 2021");
  }

  @Test
  void labelsMatchRegardlessOfCaseAccentsAndPunctuation() {
    Document page =
        Jsoup.parse(
            "<p>D.O.B: 03/02/2024<br>GESCHLECHT: männlich<br>Schulterhöhe: ca. 65 cm<br>"
                + "no separator here<br>Rasse: Mischling</p><p>Rasse: Labrador (a related dog)</p>");

    LabeledValues facts = LabeledValues.fromLines(page.body());

    assertThat(facts.get("d o b")).contains("03/02/2024");
    assertThat(facts.get("Geschlecht:")).contains("männlich");
    assertThat(facts.getOrNull("Schulterhohe")).isEqualTo("ca. 65 cm");
    assertThat(facts.get("Breed", "Rasse")).contains("Mischling");
    assertThat(facts.get("Weight")).isEmpty();
    assertThat(facts.asMap()).hasSize(4);
  }

  @Test
  void tablesAndDefinitionListsArePairedByRow() {
    Document page =
        Jsoup.parse(
            "<table><tr><td class=label>Name:</td><td>Pontos</td></tr>"
                + "<tr><td>Geburtstag:</td><td>01.2024 (2 Jahre alt)</td></tr>"
                + "<tr><td colspan=2>a lone cell</td></tr></table>"
                + "<dl><dt>Breed</dt><dd>Lurcher</dd><dt>Empty</dt><dd> </dd></dl>");

    LabeledValues facts = LabeledValues.fromTables(page.body());

    assertThat(facts.get("name")).contains("Pontos");
    assertThat(facts.get("Geburtstag")).contains("01.2024 (2 Jahre alt)");
    assertThat(facts.get("breed")).contains("Lurcher");
    assertThat(facts.get("empty")).isEmpty();
  }

  @Test
  void headingColumnsArePairedByOrder() {
    Document page =
        Jsoup.parse(
            "<div class=l><h2>Looks like:</h2><h2>Sex:</h2><h2>Estimated age:</h2></div>"
                + "<div class=v><h4>Small breed mix</h4><h4>Female</h4><h4>2 years</h4></div>");

    LabeledValues facts = LabeledValues.fromPairs(page.select(".l h2"), page.select(".v h4"));

    assertThat(facts.get("looks like")).contains("Small breed mix");
    assertThat(facts.get("estimated age")).contains("2 years");
  }
}
