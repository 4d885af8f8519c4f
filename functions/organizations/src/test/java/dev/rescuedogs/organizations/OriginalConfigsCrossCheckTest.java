package dev.rescuedogs.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compares the shipped configs with the original system's, read from {@code
 * ../shared/reference/original-data}: catches facts lost or mistyped while moving to our format.
 */
class OriginalConfigsCrossCheckTest {

  private static final Map<String, JsonNode> ORIGINALS = new TreeMap<>();

  @BeforeAll
  static void readOriginals() throws IOException {
    Path folder = findOriginalConfigs();
    assumeTrue(
        folder != null,
        "../shared/reference/original-data/configs/organizations not found: cross-check skipped");
    YAMLMapper yaml = new YAMLMapper();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        JsonNode original = yaml.readTree(file.toFile());
        ORIGINALS.put(original.path("id").asText(), original);
      }
    }
  }

  private static Path findOriginalConfigs() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/reference/original-data/configs/organizations");
      if (Files.isDirectory(dir.resolve("shared/reference")) && Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  @Test
  void coversTheSameOrganizationsWithTheSameNamesAndWebsites() {
    List<OrganizationConfig> configs = OrganizationConfigs.loadBundled();

    assertThat(configs)
        .extracting(OrganizationConfig::id)
        .containsExactlyElementsOf(ORIGINALS.keySet());
    for (OrganizationConfig config : configs) {
      JsonNode original = ORIGINALS.get(config.id());
      assertThat(config.name()).as(config.id()).isEqualTo(original.path("name").asText());
      assertThat(config.website().toString())
          .as(config.id())
          .isEqualTo(original.path("metadata").path("website_url").asText());
    }
  }

  @Test
  void keepsFeesShippingCountriesAndRequestPacing() {
    for (OrganizationConfig config : OrganizationConfigs.loadBundled()) {
      JsonNode original = ORIGINALS.get(config.id());
      JsonNode fees = original.path("metadata").path("adoption_fees");
      if (fees.isMissingNode()) {
        assertThat(config.adoptionFee()).as(config.id()).isNull();
      } else {
        assertThat(config.adoptionFee().amount())
            .as(config.id())
            .isEqualByComparingTo(fees.path("usual_fee").decimalValue());
        assertThat(config.adoptionFee().currency())
            .as(config.id())
            .isEqualTo(fees.path("currency").asText());
      }

      List<String> shipsTo = new ArrayList<>();
      // The original wrote "UK" where ISO 3166-1 says "GB".
      original
          .path("metadata")
          .path("ships_to")
          .forEach(code -> shipsTo.add(code.asText().replace("UK", "GB")));
      assertThat(config.shipsTo()).as(config.id()).containsExactlyElementsOf(shipsTo);

      JsonNode scraper = original.path("scraper").path("config");
      OrganizationConfig.Politeness politeness = config.scraper().politeness();
      assertThat(politeness.delaySeconds())
          .as(config.id())
          .isEqualTo(scraper.path("rate_limit_delay").asDouble());
      assertThat(politeness.maxRetries())
          .as(config.id())
          .isEqualTo(scraper.path("max_retries").asInt());
      assertThat(politeness.timeoutSeconds())
          .as(config.id())
          .isEqualTo(scraper.path("timeout").asInt());
      assertThat(politeness.concurrency())
          .as(config.id())
          .isEqualTo(scraper.path("batch_size").asInt(6));
    }
  }
}
