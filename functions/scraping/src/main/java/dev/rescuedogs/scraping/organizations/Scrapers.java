package dev.rescuedogs.scraping.organizations;

import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.scraping.organizations.animalrescuebosnia.AnimalRescueBosniaScraper;
import dev.rescuedogs.scraping.organizations.daisyfamilyrescue.DaisyFamilyRescueScraper;
import dev.rescuedogs.scraping.organizations.dogstrust.DogsTrustScraper;
import dev.rescuedogs.scraping.organizations.furryrescueitaly.FurryRescueItalyScraper;
import dev.rescuedogs.scraping.organizations.galgosdelsol.GalgosDelSolScraper;
import dev.rescuedogs.scraping.organizations.hunderettungeuropa.HunderettungEuropaScraper;
import dev.rescuedogs.scraping.organizations.manytearsrescue.ManyTearsRescueScraper;
import dev.rescuedogs.scraping.organizations.misisrescue.MisisRescueScraper;
import dev.rescuedogs.scraping.organizations.petsinturkey.PetsInTurkeyScraper;
import dev.rescuedogs.scraping.organizations.rean.ReanScraper;
import dev.rescuedogs.scraping.organizations.santerpawsbulgarianrescue.SanterPawsBulgarianRescueScraper;
import dev.rescuedogs.scraping.organizations.theunderdog.TheUnderdogScraper;
import dev.rescuedogs.scraping.organizations.tierschutzvereineuropa.TierschutzvereinEuropaScraper;
import dev.rescuedogs.scraping.organizations.woofproject.WoofProjectScraper;
import dev.rescuedogs.scraping.scrape.OrganizationScraper;
import dev.rescuedogs.scraping.scrape.ScraperDependencies;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every organization's scraper by its config's {@code scraper.kind}. Adding an organization adds
 * one line here (a test checks that every shipped config has its scraper).
 */
public final class Scrapers {

  /** Makes a scraper for one organization's config. */
  @FunctionalInterface
  public interface Factory {
    OrganizationScraper create(OrganizationConfig config, ScraperDependencies dependencies);
  }

  private static final Map<String, Factory> BY_KIND =
      new TreeMap<>(
          Map.ofEntries(
              Map.entry("animalrescuebosnia", AnimalRescueBosniaScraper::new),
              Map.entry("daisyfamilyrescue", DaisyFamilyRescueScraper::new),
              Map.entry("dogstrust", DogsTrustScraper::new),
              Map.entry("furryrescueitaly", FurryRescueItalyScraper::new),
              Map.entry("galgosdelsol", GalgosDelSolScraper::new),
              Map.entry("hunderettung-europa", HunderettungEuropaScraper::new),
              Map.entry("manytearsrescue", ManyTearsRescueScraper::new),
              Map.entry("misisrescue", MisisRescueScraper::new),
              Map.entry("pets-in-turkey", PetsInTurkeyScraper::new),
              Map.entry("rean", ReanScraper::new),
              Map.entry("santerpawsbulgarianrescue", SanterPawsBulgarianRescueScraper::new),
              Map.entry("theunderdog", TheUnderdogScraper::new),
              Map.entry("tierschutzverein-europa", TierschutzvereinEuropaScraper::new),
              Map.entry("woof-project", WoofProjectScraper::new)));

  private Scrapers() {}

  /**
   * The scraper for {@code config}.
   *
   * @throws IllegalArgumentException when no scraper has the config's kind
   */
  public static OrganizationScraper create(
      OrganizationConfig config, ScraperDependencies dependencies) {
    Factory factory = BY_KIND.get(config.scraper().kind());
    if (factory == null) {
      throw new IllegalArgumentException(
          "no scraper of kind '"
              + config.scraper().kind()
              + "' (organization "
              + config.id()
              + "); known kinds: "
              + BY_KIND.keySet());
    }
    return factory.create(config, dependencies);
  }

  /** The kinds a config may name. */
  public static Set<String> kinds() {
    return BY_KIND.keySet();
  }
}
