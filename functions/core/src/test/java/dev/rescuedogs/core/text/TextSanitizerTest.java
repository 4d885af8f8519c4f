package dev.rescuedogs.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescuedogs.core.testing.SharedFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextSanitizerTest {

  /** '<' followed by a letter, '/', '!' or '?': the start of markup. */
  private static final Pattern MARKUP_START = Pattern.compile("<[\\p{L}/!?]");

  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F]");

  static Stream<Arguments> descriptions() {
    return Stream.of(
        Arguments.of(
            "<p>Hello &amp; welcome</p><p>Second<br>line</p>", "Hello & welcome\n\nSecond\nline"),
        Arguments.of("<script>alert('x')</script><p>Rex</p>", "Rex"),
        Arguments.of("<style>p { color: red }</style>Calm dog", "Calm dog"),
        Arguments.of("<div onclick=\"steal()\" onmouseover='x()'>Click</div>", "Click"),
        Arguments.of("<a href='x>y'>link</a> done", "link done"),
        Arguments.of("<img src=x onerror=alert(1)>Photo", "Photo"),
        Arguments.of("<!-- hidden --><b>bold</b> &lt;3", "bold <3"),
        Arguments.of("&lt;script&gt;alert(1)&lt;/script&gt;Hi", "Hi"),
        Arguments.of("&amp;lt;b&amp;gt;", "&lt;b&gt;"),
        Arguments.of(
            "Plain text\n\n\nSecond paragraph\r\nsame paragraph",
            "Plain text\n\nSecond paragraph\nsame paragraph"),
        Arguments.of("NUL\u0000 and bell\u0007 gone", "NUL and bell gone"),
        Arguments.of("  lots   of\t\tspace\u00A0\u00A0here  ", "lots of space here"),
        Arguments.of("zero\u200Bwidth", "zerowidth"),
        Arguments.of("Ã¼ber den Wolken, donâ€™t worry", "über den Wolken, don’t worry"),
        Arguments.of("&Atilde;&frac14;ber", "über"),
        Arguments.of("caf&eacute; &#233; &#xE9; &#128;", "café é é €"),
        Arguments.of("a < b and 3 > 2", "a < b and 3 > 2"),
        Arguments.of("x<y unclosed", "x\u2039y unclosed"),
        Arguments.of(
            "<ul><li>one</li><li>two</li></ul><h2>Title</h2>text", "one\ntwo\n\nTitle\n\ntext"),
        Arguments.of("<table><tr><td>Breed:</td><td>Mix</td></tr></table>", "Breed: Mix"),
        Arguments.of("<p>\u00a0</p><p>After empty paragraph</p>", "After empty paragraph"),
        Arguments.of("<svg><text>icon</text></svg>Text", "Text"),
        Arguments.of("<script>never closed", null),
        Arguments.of("   ", null));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("descriptions")
  void turnsMarkupIntoInertPlainText(String input, String expected) {
    assertThat(TextSanitizer.plainText(input)).isEqualTo(expected);
  }

  @Test
  void inlineFoldsEverythingOntoOneLine() {
    assertThat(TextSanitizer.inline("<p>Terrier</p>\n<p>(Staffordshire Bull)</p>"))
        .isEqualTo("Terrier (Staffordshire Bull)");
    assertThat(TextSanitizer.inline("  Labrador  ")).isEqualTo("Labrador");
    assertThat(TextSanitizer.inline("")).isNull();
    assertThat(TextSanitizer.inline(null)).isNull();
  }

  @Test
  void capsDescriptionsAtTenThousandCharactersOnAWordBoundary() {
    String long1 = "word ".repeat(5_000);

    String text = TextSanitizer.plainText(long1);

    assertThat(text.length()).isLessThanOrEqualTo(TextSanitizer.DESCRIPTION_LIMIT);
    assertThat(text).endsWith("word");
    String emoji = "😀".repeat(6_000);
    String capped = TextSanitizer.plainText(emoji);
    assertThat(capped.length()).isLessThanOrEqualTo(TextSanitizer.DESCRIPTION_LIMIT);
    assertThat(Character.isHighSurrogate(capped.charAt(capped.length() - 1))).isFalse();
  }

  /** Property: whatever comes in, nothing that could start markup comes out. */
  @Test
  void generatedHostileInputNeverYieldsMarkup() {
    Random random = new Random(7);
    String[] pieces = {
      "<",
      ">",
      "/",
      "!",
      "?",
      "-",
      "--",
      "\"",
      "'",
      "=",
      "&",
      ";",
      "#",
      "x",
      "lt",
      "gt",
      "amp",
      "script",
      "style",
      "img",
      "a",
      "p",
      "br",
      "svg",
      "on",
      "error",
      "alert(1)",
      " ",
      "\n",
      "&lt;",
      "&gt;",
      "&#60;",
      "&#x3c;",
      "&lt",
      "&amp;lt;",
      "<!--",
      "-->",
      "<![CDATA[",
      "]]>",
      "\u0000",
      "\u0085",
      "Ã¼",
      "é",
      "😀",
      "\u2028",
      "<script>",
      "</script>",
      "<p>",
      "</p",
      "<img src=x ",
      "onerror=",
      "javascript:",
      "&#0;",
      "\u200B",
      "<<",
      "<?",
      "<\u00e9"
    };
    for (int i = 0; i < 20_000; i++) {
      StringBuilder input = new StringBuilder();
      int length = random.nextInt(25);
      for (int k = 0; k < length; k++) {
        input.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = input.toString();
      for (String output :
          new String[] {TextSanitizer.plainText(text), TextSanitizer.inline(text)}) {
        if (output == null) {
          continue;
        }
        assertThat(MARKUP_START.matcher(output).find())
            .as("markup from %s -> %s", text, output)
            .isFalse();
        assertThat(CONTROL.matcher(output).find()).as("control characters from %s", text).isFalse();
        assertThat(output).as(text).isEqualTo(output.strip());
      }
      String inline = TextSanitizer.inline(text);
      if (inline != null) {
        assertThat(inline).doesNotContain("\n");
      }
    }
  }

  /** The real pages recorded from the organizations' sites come out as clean text. */
  @Test
  void sanitizesTheRecordedPagesOfTheSites() throws IOException {
    Path fixtures = SharedFolder.require("fixtures");
    List<Path> pages;
    try (Stream<Path> files = Files.walk(fixtures)) {
      pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    assertThat(pages).isNotEmpty();
    for (Path page : pages) {
      String html = Files.readString(page, StandardCharsets.UTF_8);

      String text = TextSanitizer.plainText(html, Integer.MAX_VALUE);

      assertThat(text).as(page.toString()).isNotBlank();
      assertThat(MARKUP_START.matcher(text).find()).as(page.toString()).isFalse();
      assertThat(CONTROL.matcher(text).find()).as(page.toString()).isFalse();
      assertThat(text).as(page.toString()).doesNotContain("function(", "gtag(", "<script");
    }
    String pontos =
        TextSanitizer.plainText(
            Files.readString(fixtures.resolve("tierschutzverein-europa/tsv_pontos.html")),
            Integer.MAX_VALUE);
    assertThat(pontos).contains("Pontos", "Beschreibung", "Mischling");
    String pippa =
        TextSanitizer.plainText(
            Files.readString(fixtures.resolve("dogstrust/may_live_with_all.html")),
            Integer.MAX_VALUE);
    assertThat(pippa).contains("Pippa").doesNotContain("@context", "webpack");
  }
}
