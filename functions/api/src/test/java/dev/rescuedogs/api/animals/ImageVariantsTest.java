package dev.rescuedogs.api.animals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class ImageVariantsTest {

  private static final String STORED = "https://images.example.org/dogs/ab12.jpg";

  @Test
  void aCloudflareTemplateMakesThreeWidths() {
    ImageVariants variants =
        ImageVariants.fromTemplate(
            "https://images.example.org/cdn-cgi/image/width={width},format=auto{path}");

    ObjectNode sized = variants.of(STORED, true);

    assertThat(sized.get("thumbnail").asText())
        .isEqualTo("https://images.example.org/cdn-cgi/image/width=300,format=auto/dogs/ab12.jpg");
    assertThat(sized.get("medium").asText()).contains("width=800");
    assertThat(sized.get("large").asText()).contains("width=1600");
  }

  @Test
  void aTemplateWithTheWholeUrlServesOtherResizers() {
    ObjectNode sized =
        ImageVariants.fromTemplate("https://resize.example.net/{width}/{url}").of(STORED, true);

    assertThat(sized.get("thumbnail").asText())
        .isEqualTo("https://resize.example.net/300/https://images.example.org/dogs/ab12.jpg");
  }

  @Test
  void withoutATemplateOrForAnImageNotStoredByUsTheVariantsAreTheImage() {
    assertThat(ImageVariants.none().of(STORED, true).get("large").asText()).isEqualTo(STORED);
    String original = "https://rescue.example.org/photos/rex.jpg";
    assertThat(
            ImageVariants.fromTemplate(
                    "https://images.example.org/cdn-cgi/image/width={width}{path}")
                .of(original, false)
                .get("thumbnail")
                .asText())
        .isEqualTo(original);
    assertThat(ImageVariants.fromTemplate("  ").of(STORED, true).get("medium").asText())
        .isEqualTo(STORED);
  }

  @Test
  void aTemplateThatCannotWorkIsRefusedAtStart() {
    assertThatThrownBy(() -> ImageVariants.fromTemplate("https://images.example.org/{path}"))
        .hasMessageContaining("{width}");
    assertThatThrownBy(() -> ImageVariants.fromTemplate("/cdn-cgi/image/width={width}{path}"))
        .hasMessageContaining("absolute http(s) URL");
    assertThatThrownBy(() -> ImageVariants.fromTemplate("https://x.example/w={width}"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
