package dev.rescuedogs.store.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageTypeTest {

  @Test
  void recognisesTheAcceptedFormatsByTheirLeadingBytes() {
    assertThat(ImageType.detect(FakeImages.encoded("jpg", 4, 4, 1))).isEqualTo(ImageType.JPEG);
    assertThat(ImageType.detect(FakeImages.encoded("png", 4, 4, 1))).isEqualTo(ImageType.PNG);
    assertThat(ImageType.detect(FakeImages.encoded("gif", 4, 4, 1))).isEqualTo(ImageType.GIF);
    assertThat(ImageType.detect(bytes("RIFF$\0\0\0WEBPVP8 "))).isEqualTo(ImageType.WEBP);
    assertThat(ImageType.detect(bytes("\0\0\0 ftypavif\0\0\0\0avifmif1")))
        .isEqualTo(ImageType.AVIF);
    // AVIF named only among the compatible brands.
    assertThat(ImageType.detect(bytes("\0\0\0 ftypmif1\0\0\0\0mif1avif")))
        .isEqualTo(ImageType.AVIF);
  }

  @Test
  void refusesEverythingElse() {
    assertThat(ImageType.detect(bytes("<!DOCTYPE html><html>Not found</html>"))).isNull();
    assertThat(ImageType.detect(bytes("\0\0\0 ftypisom\0\0\0\0isommp41"))).isNull();
    assertThat(ImageType.detect(bytes("BM6\0\0\0"))).isNull();
    assertThat(ImageType.detect(new byte[0])).isNull();
    assertThat(ImageType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8})).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {
        "image/jpeg, true",
        "IMAGE/PNG; charset=binary, true",
        "application/octet-stream, true",
        "binary/octet-stream, true",
        "null, true",
        "text/html; charset=utf-8, false",
        "application/json, false",
      })
  void aDeclaredNonImageTypeIsRefused(String contentType, boolean possible) {
    assertThat(ImageType.declaredAsPossibleImage(contentType)).isEqualTo(possible);
  }

  @Test
  void extensionsAndMediaTypes() {
    assertThat(ImageType.JPEG.extension()).isEqualTo("jpg");
    assertThat(ImageType.AVIF.mediaType()).isEqualTo("image/avif");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }
}
