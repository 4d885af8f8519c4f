package dev.rescuedogs.scraping.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetDetectionTest {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  @Test
  void theHeaderCharsetWins() {
    byte[] body = "<meta charset=\"iso-8859-1\">".getBytes(StandardCharsets.US_ASCII);

    assertThat(CharsetDetection.detect("text/html; charset=UTF-8", body))
        .isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void withoutAHeaderCharsetTheMetaCharsetIsUsed() {
    byte[] body = "<html><head><meta charset='ISO-8859-1'>".getBytes(StandardCharsets.US_ASCII);

    assertThat(CharsetDetection.detect("text/html", body)).isEqualTo(WINDOWS_1252);
  }

  @Test
  void theHttpEquivDeclarationIsUsed() {
    byte[] body =
        "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=windows-1251\">"
            .getBytes(StandardCharsets.US_ASCII);

    assertThat(CharsetDetection.detect(null, body)).isEqualTo(Charset.forName("windows-1251"));
  }

  @Test
  void aDeclarationInsideACommentIsIgnoredAndNothingMeansUtf8() {
    byte[] body = "<!-- <meta charset=latin1> --><p>hi</p>".getBytes(StandardCharsets.US_ASCII);

    assertThat(CharsetDetection.detect("text/html", body)).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void aByteOrderMarkBeatsEverything() {
    byte[] body = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};

    assertThat(CharsetDetection.detect("text/html; charset=iso-8859-1", body))
        .isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void unknownLabelsFallThroughAndUtf16MetaMeansUtf8() {
    byte[] utf16 = "<meta charset=utf-16>".getBytes(StandardCharsets.US_ASCII);
    byte[] bogus = "<meta charset=klingon>".getBytes(StandardCharsets.US_ASCII);

    assertThat(CharsetDetection.detect("text/html; charset=nonsense", utf16))
        .isEqualTo(StandardCharsets.UTF_8);
    assertThat(CharsetDetection.detect(null, bogus)).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void anXmlDeclarationIsUsed() {
    byte[] body =
        "<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><rss/>"
            .getBytes(StandardCharsets.US_ASCII);

    assertThat(CharsetDetection.detect("application/xml", body))
        .isEqualTo(Charset.forName("ISO-8859-15"));
  }
}
