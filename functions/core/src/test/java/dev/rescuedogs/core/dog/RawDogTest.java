package dev.rescuedogs.core.dog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RawDogTest {

  @Test
  void isImmutableAndDropsNullElements() {
    List<String> images =
        new ArrayList<>(Arrays.asList("https://a/1.jpg", null, "https://a/2.jpg"));
    Map<String, String> properties = new HashMap<>();
    properties.put("fee", "250");
    properties.put("empty", null);

    RawDog dog = RawDog.builder().name("Rex").imageUrls(images).properties(properties).build();
    images.clear();
    properties.clear();

    assertThat(dog.imageUrls()).containsExactly("https://a/1.jpg", "https://a/2.jpg");
    assertThat(dog.properties()).containsExactly(Map.entry("fee", "250"));
    assertThatThrownBy(() -> dog.imageUrls().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> dog.properties().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(
            new RawDog(
                    null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null)
                .imageUrls())
        .isEmpty();
  }

  @Test
  void roundTripsThroughJsonWithSnakeCaseNames() throws Exception {
    RawDog dog =
        RawDog.builder()
            .externalId("3473958")
            .name("Robin")
            .adoptionUrl("https://www.dogstrust.org.uk/rehoming/dogs/lurcher/3473958")
            .status("Available")
            .breed("Lurcher")
            .ageText("2 - 5 years")
            .sex("Male")
            .size("Medium")
            .location("Darlington")
            .imageUrl("https://example.org/1.jpg")
            .property("underdog", "true")
            .build();
    ObjectMapper mapper = new ObjectMapper();

    String json = mapper.writeValueAsString(dog);
    JsonNode tree = mapper.readTree(json);

    assertThat(tree.get("external_id").asText()).isEqualTo("3473958");
    assertThat(tree.get("age_text").asText()).isEqualTo("2 - 5 years");
    assertThat(tree.get("image_urls").get(0).asText()).isEqualTo("https://example.org/1.jpg");
    assertThat(mapper.readValue(json, RawDog.class)).isEqualTo(dog);
    assertThat(dog.toBuilder().build()).isEqualTo(dog);
  }
}
