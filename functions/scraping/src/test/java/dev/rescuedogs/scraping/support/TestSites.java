package dev.rescuedogs.scraping.support;

import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.organizations.OrganizationConfig.Politeness;
import dev.rescuedogs.organizations.OrganizationConfig.ScraperSettings;
import dev.rescuedogs.organizations.OrganizationConfig.Technology;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The project's own test sites (under src/test/resources/sites) and configs pointing at them. */
public final class TestSites {

  public static final String USER_AGENT = "RescueDogsBot/1.0 (+https://example.org/bot)";

  private TestSites() {}

  public static Path site(String name) {
    try {
      return Path.of(TestSites.class.getResource("/sites/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A config for an organization whose listing starts at these URLs, with test-sized politeness.
   */
  public static OrganizationConfig organization(
      String id, Technology technology, Politeness politeness, URI... listingUrls) {
    return new OrganizationConfig(
        id,
        id,
        true,
        new ScraperSettings(id, technology, List.of(listingUrls), politeness),
        URI.create(listingUrls[0].getScheme() + "://" + listingUrls[0].getAuthority()),
        "A test organization.",
        "GB",
        "London",
        List.of(),
        List.of(),
        List.of("GB"),
        Map.of(),
        null,
        null,
        null);
  }

  /** 30 ms between requests, 1 retry, 5 s timeout, 2 detail pages at once. */
  public static Politeness fastPoliteness() {
    return new Politeness(0.03, 1, 5, 2);
  }
}
