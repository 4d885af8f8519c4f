package dev.rescuedogs.scraper.scrape;

import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.scraping.organizations.Scrapers;
import dev.rescuedogs.scraping.scrape.OrganizationScraper;
import dev.rescuedogs.scraping.scrape.ScraperDependencies;

/**
 * Makes an organization's scraper. The service fills in the run id, the previous run, the clock and
 * the listener; a factory may add what its environment needs (a site copy, a browser).
 */
@FunctionalInterface
public interface ScraperFactory {

  OrganizationScraper create(OrganizationConfig config, ScraperDependencies.Builder dependencies);

  /** The organization's registered scraper, against its real site. */
  static ScraperFactory registered() {
    return (config, dependencies) -> Scrapers.create(config, dependencies.build());
  }
}
