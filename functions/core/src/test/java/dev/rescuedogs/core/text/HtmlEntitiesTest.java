package dev.rescuedogs.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlEntitiesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          Bella &amp; Luna           | Bella & Luna
          Ren&eacute;                | René
          &Uuml;ber                  | Über
          &#252;ber &#xFC;ber        | über über
          &hellip;&nbsp;&mdash;      | …\u00a0—
          &ouml &amp no semicolon    | &ouml & no semicolon
          &notanentity;              | &notanentity;
          AT&T                       | AT&T
          &#0;x&#xD800;y&#1114112;z  | xyz
          &#150;&#128;               | –€
          `&#9;tab`                  | `\ttab`
          """)
  void decodesCharacterReferences(String encoded, String decoded) {
    assertThat(HtmlEntities.decode(encoded)).isEqualTo(decoded);
  }
}
