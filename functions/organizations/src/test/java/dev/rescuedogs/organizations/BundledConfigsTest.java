package dev.rescuedogs.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescuedogs.organizations.OrganizationConfig.Technology;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BundledConfigsTest {

  private static final Map<String, Technology> TECHNOLOGY_BY_ID =
      Map.ofEntries(
          Map.entry("animalrescuebosnia", Technology.STATIC),
          Map.entry("daisyfamilyrescue", Technology.BROWSER),
          Map.entry("dogstrust", Technology.BROWSER),
          Map.entry("furryrescueitaly", Technology.STATIC),
          Map.entry("galgosdelsol", Technology.STATIC),
          Map.entry("hunderettung-europa", Technology.REST),
          Map.entry("manytearsrescue", Technology.BROWSER),
          Map.entry("misisrescue", Technology.BROWSER),
          Map.entry("pets-in-turkey", Technology.STATIC),
          Map.entry("rean", Technology.BROWSER),
          Map.entry("santerpawsbulgarianrescue", Technology.STATIC),
          Map.entry("theunderdog", Technology.STATIC),
          Map.entry("tierschutzverein-europa", Technology.STATIC),
          Map.entry("woof-project", Technology.BROWSER));

  private final List<OrganizationConfig> configs = OrganizationConfigs.loadBundled();

  @Test
  void shipsTheFourteenOrganizationsSortedById() {
    assertThat(configs)
        .extracting(OrganizationConfig::id)
        .containsExactlyElementsOf(TECHNOLOGY_BY_ID.keySet().stream().sorted().toList());
  }

  @Test
  void everyShippedFilePassesTheValidator() {
    assertThat(new ConfigValidator().validate(OrganizationConfigs.readBundledDocuments()))
        .isEmpty();
  }

  @Test
  void listsEveryYamlFileOfTheResourceFolder() throws IOException {
    // Adding an organization is adding a file: nothing else must list it.
    Set<String> idsOnDisk;
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/organizations"))) {
      idsOnDisk =
          files
              .map(file -> file.getFileName().toString())
              .filter(name -> name.endsWith(".yaml"))
              .map(name -> name.substring(0, name.length() - ".yaml".length()))
              .collect(Collectors.toSet());
    }

    assertThat(configs)
        .extracting(OrganizationConfig::id)
        .containsExactlyInAnyOrderElementsOf(idsOnDisk);
  }

  @Test
  void onlyFurryRescueItalyAndGalgosDelSolAreDisabled() {
    assertThat(configs)
        .filteredOn(config -> !config.enabled())
        .extracting(OrganizationConfig::id)
        .containsExactly("furryrescueitaly", "galgosdelsol");
    assertThat(OrganizationConfigs.findBundled("hunderettung-europa"))
        .hasValueSatisfying(config -> assertThat(config.enabled()).isTrue());
  }

  @Test
  void eachOrganizationHasItsOwnScraperAndTechnology() {
    for (OrganizationConfig config : configs) {
      assertThat(config.scraper().kind()).as(config.id()).isEqualTo(config.id());
      assertThat(config.scraper().technology())
          .as(config.id())
          .isEqualTo(TECHNOLOGY_BY_ID.get(config.id()));
      assertThat(config.scraper().politeness().delaySeconds())
          .as(config.id())
          .isGreaterThanOrEqualTo(1);
      assertThat(config.scraper().listingUrls()).as(config.id()).isNotEmpty();
    }
    assertThat(
            OrganizationConfigs.findBundled("hunderettung-europa")
                .orElseThrow()
                .scraper()
                .listingUrls())
        .containsExactly(URI.create("https://hunderettung-europa.de/wp-json/wp/v2/posts"));
  }

  @Test
  void usesIsoCodesWhereTheOriginalDidNot() {
    OrganizationConfig dogsTrust = OrganizationConfigs.findBundled("dogstrust").orElseThrow();
    assertThat(dogsTrust.country()).isEqualTo("GB");
    assertThat(dogsTrust.establishedYear()).isEqualTo(1891);
    assertThat(OrganizationConfigs.findBundled("misisrescue").orElseThrow().country())
        .isEqualTo("RS");
    // Norway survives YAML 1.1, which reads a bare NO as false.
    assertThat(OrganizationConfigs.findBundled("woof-project").orElseThrow().shipsTo())
        .contains("NO");
  }

  @Test
  void locationsLieInEuropeInCountriesTheOrganizationServes() {
    for (OrganizationConfig config : configs) {
      Set<String> served =
          config.serviceRegions().stream()
              .map(OrganizationConfig.ServiceRegion::country)
              .collect(Collectors.toSet());
      assertThat(config.locations()).as(config.id()).isNotEmpty();
      for (OrganizationConfig.Location location : config.locations()) {
        // A swapped latitude/longitude would leave this box.
        assertThat(location.latitude())
            .as(config.id() + " " + location.name())
            .isBetween(34.0, 61.0);
        assertThat(location.longitude())
            .as(config.id() + " " + location.name())
            .isBetween(-11.0, 45.0);
        assertThat(served).as(config.id() + " " + location.name()).contains(location.country());
      }
    }
  }

  @Test
  void findBundledIsEmptyForAnUnknownId() {
    assertThat(OrganizationConfigs.findBundled("no-such-rescue")).isEmpty();
  }
}
