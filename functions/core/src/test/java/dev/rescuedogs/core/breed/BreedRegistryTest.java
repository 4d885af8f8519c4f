package dev.rescuedogs.core.breed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.rescuedogs.core.testing.SharedFolder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BreedRegistryTest {

  private static final BreedRegistry REGISTRY = BreedRegistry.bundled();

  @Test
  void holdsAtLeastTheOriginalsBreedsAndDesignerCrosses() {
    long designers = REGISTRY.breeds().stream().filter(Breed::designer).count();

    assertThat(REGISTRY.breeds().size() - designers).isGreaterThanOrEqualTo(142);
    assertThat(designers).isGreaterThanOrEqualTo(10);
    assertThat(REGISTRY.byName("Galgo Español"))
        .get()
        .extracting(Breed::slug)
        .isEqualTo("galgo-espanol");
    assertThat(REGISTRY.byName("Cockapoo").get().parents())
        .containsExactly("Cocker Spaniel", "Poodle");
  }

  /**
   * Cross-check with the original's registry (../shared, skipped when absent): every canonical
   * breed is ours with the same group and typical size, and every alias of it resolves to that
   * breed.
   */
  @Test
  void agreesWithTheOriginalRegistry() throws IOException {
    Path file = SharedFolder.require("reference/original-data/breed_registry.yaml");
    JsonNode original = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    BreedStandardizer standardizer = new BreedStandardizer(REGISTRY);
    // The original's own "Head (inner)" rule maps this alias to Standard Schnauzer before its alias
    // table.
    Map<String, String> knownDisagreements = Map.of("schnauzer (standard)", "Standard Schnauzer");
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (String section : List.of("breeds", "designer_breeds")) {
      for (JsonNode entry : original.get(section)) {
        String name = entry.get("canonical").asText();
        Breed ours = REGISTRY.byName(name).orElse(null);
        if (ours == null) {
          problems.add("missing breed " + name);
          continue;
        }
        if (!ours.group().wireValue().equals(entry.get("group").asText())) {
          problems.add(name + ": group " + ours.group() + " vs " + entry.get("group").asText());
        }
        if (!ours.typicalSize().wireValue().equals(entry.get("size").asText())) {
          problems.add(name + ": size " + ours.typicalSize() + " vs " + entry.get("size").asText());
        }
        List<String> spellings = new ArrayList<>(List.of(name));
        entry.get("aliases").forEach(alias -> spellings.add(alias.asText()));
        for (String spelling : spellings) {
          String expected = knownDisagreements.getOrDefault(spelling, name);
          String resolved = standardizer.standardize(spelling).primary();
          checked++;
          if (!expected.equals(resolved)) {
            problems.add("'" + spelling + "' resolves to " + resolved + ", not " + expected);
          }
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(checked).isGreaterThan(250);
  }

  @Test
  void refusesAnAliasThatNamesTwoBreeds() {
    String yaml =
        """
        breeds:
          Hound:
            - {name: Beagle, size: Medium, aliases: [snoopy]}
            - {name: Harrier, size: Medium, aliases: [Snoopy]}
        designer: []
        words: {placeholders: [], cross_markers: [], glued_cross_markers: [], hedges: [],
          separators: [], cross_separators: [], never_alone: [], not_a_breed: []}
        """;

    assertThatThrownBy(() -> load(yaml))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Snoopy")
        .hasMessageContaining("Beagle")
        .hasMessageContaining("Harrier");
  }

  @Test
  void refusesUnknownGroupsSizesAndParents() {
    String words =
        "words: {placeholders: [], cross_markers: [], glued_cross_markers: [], hedges: [],"
            + " separators: [], cross_separators: [], never_alone: [], not_a_breed: []}\n";
    assertThatThrownBy(() -> load("breeds: {Hounds: []}\ndesigner: []\n" + words))
        .hasMessageContaining("Hounds");
    assertThatThrownBy(
            () ->
                load(
                    "breeds: {Hound: [{name: Beagle, size: Big, aliases: []}]}\ndesigner: []\n"
                        + words))
        .hasMessageContaining("Big");
    assertThatThrownBy(
            () ->
                load(
                    "breeds: {Hound: [{name: Beagle, size: Medium, aliases: []}]}\n"
                        + "designer: [{name: Beaglepoo, size: Small, parents: [Beagle, Poodle],"
                        + " aliases: []}]\n"
                        + words))
        .hasMessageContaining("unknown parent breed Poodle");
    assertThatThrownBy(() -> load("breeds: {}\ndesigner: []\nwords: {placeholders: []}\n"))
        .hasMessageContaining("cross_markers");
  }

  private static BreedRegistry load(String yaml) throws IOException {
    return BreedRegistry.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }
}
