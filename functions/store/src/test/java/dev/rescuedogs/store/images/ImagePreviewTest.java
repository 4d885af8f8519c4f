package dev.rescuedogs.store.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImagePreviewTest {

  @Test
  void aLargePhotoGetsItsSizeAndASixteenPixelJpegPlaceholder() throws IOException {
    ImagePreview preview = ImagePreview.of(FakeImages.encoded("jpg", 1600, 1200, 7));

    assertThat(preview.width()).isEqualTo(1600);
    assertThat(preview.height()).isEqualTo(1200);
    assertThat(preview.placeholder())
        .startsWith("data:image/jpeg;base64,")
        .hasSizeLessThanOrEqualTo(ImagePreview.MAX_PLACEHOLDER_CHARS);
    BufferedImage small = decode(preview.placeholder());
    assertThat(small.getWidth()).isEqualTo(16);
    assertThat(small.getHeight()).isEqualTo(12);
  }

  @Test
  void portraitAndTinyImagesKeepTheirProportionsAndAreNotEnlarged() throws IOException {
    BufferedImage portrait =
        decode(ImagePreview.of(FakeImages.encoded("png", 300, 600, 3)).placeholder());
    assertThat(portrait.getWidth()).isEqualTo(8);
    assertThat(portrait.getHeight()).isEqualTo(16);

    ImagePreview tiny = ImagePreview.of(FakeImages.encoded("gif", 8, 4, 1));
    assertThat(decode(tiny.placeholder()).getWidth()).isEqualTo(8);
  }

  @Test
  void formatsTheJdkCannotReadAndBrokenBytesGetNoPreview() {
    byte[] webp =
        "RIFF\u0000\u0000\u0000\u0000WEBPVP8 "
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(ImagePreview.of(webp)).isNull();
    assertThat(ImagePreview.of(new byte[0])).isNull();

    byte[] jpeg = FakeImages.encoded("jpg", 400, 300, 5);
    ImagePreview truncated = ImagePreview.of(Arrays.copyOf(jpeg, 200));
    // The header still gives the size; the pixels are gone, so no placeholder is made up.
    if (truncated != null) {
      assertThat(truncated.width()).isEqualTo(400);
    }
  }

  private static BufferedImage decode(String dataUri) throws IOException {
    byte[] bytes = Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1));
    return ImageIO.read(new ByteArrayInputStream(bytes));
  }
}
