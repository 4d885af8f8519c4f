package dev.rescuedogs.scraping.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.organizations.OrganizationConfigs;
import dev.rescuedogs.scraping.scrape.OrganizationScraper;
import dev.rescuedogs.scraping.scrape.ScraperDependencies;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScrapersTest {

  @Test
  void everyShippedConfigHasItsScraper() {
    List<OrganizationConfig> configs = OrganizationConfigs.loadBundled();

    assertThat(Scrapers.kinds())
        .containsExactlyInAnyOrderElementsOf(
            configs.stream().map(config -> config.scraper().kind()).toList());
    for (OrganizationConfig config : configs) {
      try (OrganizationScraper scraper = Scrapers.create(config, ScraperDependencies.defaults())) {
        assertThat(scraper).isNotNull();
      }
    }
  }

  @Test
  void anUnknownKindNamesTheKnownOnes() {
    OrganizationConfig dogsTrust = OrganizationConfigs.findBundled("dogstrust").orElseThrow();
    OrganizationConfig unknown =
        new OrganizationConfig(
            "newcomer",
            "Newcomer",
            true,
            new OrganizationConfig.ScraperSettings(
                "newcomer",
                dogsTrust.scraper().technology(),
                dogsTrust.scraper().listingUrls(),
                dogsTrust.scraper().politeness()),
            dogsTrust.website(),
            dogsTrust.description(),
            dogsTrust.country(),
            dogsTrust.city(),
            dogsTrust.locations(),
            dogsTrust.serviceRegions(),
            dogsTrust.shipsTo(),
            dogsTrust.social(),
            dogsTrust.adoptionFee(),
            dogsTrust.establishedYear(),
            dogsTrust.logoUrl());

    assertThatThrownBy(() -> Scrapers.create(unknown, ScraperDependencies.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no scraper of kind 'newcomer'")
        .hasMessageContaining("dogstrust");
  }
}
