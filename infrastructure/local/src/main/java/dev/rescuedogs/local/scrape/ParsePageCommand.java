package dev.rescuedogs.local.scrape;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.scraping.fetch.Page;
import dev.rescuedogs.scraping.organizations.Scrapers;
import dev.rescuedogs.scraping.scrape.ListedDog;
import dev.rescuedogs.scraping.scrape.ListingPage;
import dev.rescuedogs.scraping.scrape.OrganizationScraper;
import dev.rescuedogs.scraping.scrape.ScraperDependencies;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parse-page}: one saved page through an organization's parser, without any network: the
 * tool a contributor uses when a site changes.
 */
@Command(
    name = "parse-page",
    description =
        "Parse one saved listing or detail page with an organization's parser; print JSON.",
    mixinStandardHelpOptions = true)
public final class ParsePageCommand implements Callable<Integer> {
  /** Which parser reads the page. */
  enum Kind {
    listing,
    detail
  }

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Spec CommandSpec spec;
  @Mixin OrganizationOption organization;

  @Option(names = "--kind", required = true, description = "listing or detail.")
  Kind kind;

  @Option(
      names = "--url",
      required = true,
      paramLabel = "URL",
      description = "The address the page was saved from; relative links resolve against it.")
  URI url;

  @Option(names = "--file", required = true, paramLabel = "PATH", description = "The saved page.")
  Path file;

  @Override
  public Integer call() throws IOException {
    OrganizationConfig config = organization.config();
    Page page = Page.ofSavedBytes(url, Files.readAllBytes(file));
    Object output;
    try (OrganizationScraper scraper = Scrapers.create(config, ScraperDependencies.defaults())) {
      output =
          kind == Kind.listing
              ? listing(scraper.parseListingPage(page))
              : scraper.parseDetailPage(page);
    }
    spec.commandLine().getOut().println(JSON.writeValueAsString(output));
    spec.commandLine().getOut().flush();
    return 0;
  }

  private static ObjectNode listing(ListingPage listing) {
    ObjectNode result = JSON.createObjectNode();
    ArrayNode dogs = result.putArray("dogs");
    for (ListedDog dog : listing.dogs()) {
      dogs.addObject()
          .put("external_id", dog.externalId())
          .put("name", dog.name())
          .put("adoption_url", dog.adoptionUrl())
          .put("status", dog.status().wireValue());
    }
    result.put("next_page", listing.nextPage() == null ? null : listing.nextPage().toString());
    result.put("pages_total", listing.pagesTotal());
    return result;
  }
}
