package dev.rescuedogs.standardize.testing;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.rawresult.FoundDog;
import dev.rescuedogs.core.rawresult.ListingCompleteness;
import dev.rescuedogs.core.rawresult.Outcome;
import dev.rescuedogs.core.rawresult.RawScrapeResult;
import dev.rescuedogs.core.status.DogStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Raw results as a scraper of tierschutzverein-europa would write them. */
public final class RawResults {

  public static final String ORGANIZATION = "tierschutzverein-europa";
  public static final String SITE = "https://tierschutzverein-europa.de/tiervermittlung/";

  private RawResults() {}

  /** A complete result listing and reading these dogs (ids are the lower-cased names). */
  public static RawScrapeResult complete(String runId, Instant startedAt, String... names) {
    return complete(runId, ORGANIZATION, startedAt, names);
  }

  public static RawScrapeResult complete(
      String runId, String organization, Instant startedAt, String... names) {
    List<RawDog> dogs =
        java.util.Arrays.stream(names)
            .map(
                name ->
                    RawDog.builder()
                        .externalId(name.toLowerCase(java.util.Locale.ROOT))
                        .name(name)
                        .adoptionUrl(SITE + name.toLowerCase(java.util.Locale.ROOT) + "/")
                        .status("available")
                        .breed("Labrador Retriever Mix")
                        .ageText("3 Jahre")
                        .sex("Rüde")
                        .size("mittelgroß")
                        .description(name + " sucht ein Zuhause.")
                        .imageUrl(imageUrl(name))
                        .build())
            .toList();
    List<FoundDog> found =
        dogs.stream()
            .map(
                dog ->
                    new FoundDog(
                        dog.externalId(), dog.name(), DogStatus.AVAILABLE, dog.adoptionUrl()))
            .toList();
    return new RawScrapeResult(
        RawScrapeResult.SCHEMA_VERSION,
        organization,
        runId,
        "1",
        startedAt,
        startedAt.plusSeconds(42),
        Outcome.COMPLETE,
        null,
        new ListingCompleteness(1, 1, 0),
        found,
        dogs,
        List.of(),
        List.of(),
        null,
        Map.of());
  }

  public static String imageUrl(String name) {
    return "https://tierschutzverein-europa.de/wp-content/uploads/"
        + name.toLowerCase(java.util.Locale.ROOT)
        + ".jpg";
  }
}
