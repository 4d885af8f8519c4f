package dev.rescuedogs.local.scrape;

import dev.rescuedogs.core.rawresult.Outcome;
import dev.rescuedogs.core.rawresult.RawResultJson;
import dev.rescuedogs.core.rawresult.RawScrapeResult;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.scraping.organizations.Scrapers;
import dev.rescuedogs.scraping.scrape.OrganizationScraper;
import dev.rescuedogs.scraping.scrape.ScraperDependencies;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scrape}: one organization's scraper, its raw result written as JSON. */
@Command(
    name = "scrape",
    description =
        "Scrape one organization and write its raw result (JSON); progress on stderr. "
            + "Exit code 1 when the listing failed (the result says why).",
    mixinStandardHelpOptions = true)
public final class ScrapeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OrganizationOption organization;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description = "Send the site's requests to this origin instead (a local copy of the site).")
  URI baseUrl;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the result here (default stdout).")
  Path out;

  @Option(names = "--run-id", paramLabel = "ID", description = "Run id (default local-<UTC time>).")
  String runId;

  @Override
  public Integer call() throws IOException {
    OrganizationConfig config = organization.config();
    Clock clock = Clock.systemUTC();
    ScraperDependencies.Builder dependencies =
        ScraperDependencies.builder()
            .clock(clock)
            .listener(new ScrapeProgress(config.id(), spec.commandLine().getErr(), clock))
            .runId(
                runId != null
                    ? runId
                    : "local-" + Instant.now(clock).truncatedTo(ChronoUnit.SECONDS));
    if (baseUrl != null) {
      dependencies.siteCopy(baseUrl);
    }
    RawScrapeResult result;
    try (OrganizationScraper scraper = Scrapers.create(config, dependencies.build())) {
      result = scraper.scrape();
    }
    write(result);
    return result.outcome() == Outcome.COMPLETE ? 0 : 1;
  }

  private void write(RawScrapeResult result) throws IOException {
    if (out == null) {
      spec.commandLine().getOut().println(RawResultJson.write(result));
      spec.commandLine().getOut().flush();
      return;
    }
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (OutputStream stream = Files.newOutputStream(out)) {
      RawResultJson.write(result, stream);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
