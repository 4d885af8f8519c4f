package dev.rescuedogs.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MojibakeTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "München",
        "Hündin",
        "Galgo Español",
        "don’t ‘quote’ – dash…",
        "Köpeği şirin",
        "€25",
        "naïve café",
        "Zoë 😀"
      })
  void repairsUtf8ReadAsLatin1OrWindows1252(String original) {
    byte[] utf8 = original.getBytes(StandardCharsets.UTF_8);
    String asWindows1252 = new String(utf8, Charset.forName("windows-1252"));
    String asLatin1 = new String(utf8, StandardCharsets.ISO_8859_1);

    assertThat(Mojibake.repair(asWindows1252)).isEqualTo(original);
    assertThat(Mojibake.repair(asLatin1)).isEqualTo(original);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"München", "Ã", "plain ascii", "Größe: groß", "É à È", "©2026 Ä"})
  void leavesCorrectTextAlone(String text) {
    assertThat(Mojibake.repair(text)).isEqualTo(text);
  }

  @Test
  void repairsCurlyQuotesReadAsLatin1() {
    String original = "“Cyprus mix”";
    String asLatin1 =
        new String(original.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

    assertThat(Mojibake.repair(asLatin1)).isEqualTo(original);
  }

  @Test
  void repairsBrokenWordsNextToCorrectOnes() {
    assertThat(Mojibake.repair("Größe MÃ¼ller")).isEqualTo("Größe Müller");
  }
}
