package dev.rescuedogs.store.ingest;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.rawresult.DetailFailure;
import dev.rescuedogs.core.rawresult.FetchStatistics;
import dev.rescuedogs.core.rawresult.FoundDog;
import dev.rescuedogs.core.rawresult.ListingCompleteness;
import dev.rescuedogs.core.rawresult.Outcome;
import dev.rescuedogs.core.rawresult.RawScrapeResult;
import dev.rescuedogs.core.status.DogStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Raw scrape results for ingestion tests (and other tests that need an ingested catalog). */
public final class RawResults {

  public static final String ORGANIZATION = "happy-paws";

  private RawResults() {}

  /** A complete dog record with a name, breed, age, sex, size, description and two images. */
  static RawDog dog(String externalId, String name) {
    return RawDog.builder()
        .externalId(externalId)
        .name(name)
        .adoptionUrl("https://happy-paws.example.org/dogs/" + externalId)
        .breed("Labrador x Collie")
        .ageText("2 years")
        .sex("female")
        .size("medium")
        .description("<p>" + name + " is a friendly dog who loves walks.</p>")
        .imageUrl("https://cdn.example.org/" + externalId + "/1.jpg")
        .imageUrl("https://cdn.example.org/" + externalId + "/2.jpg")
        .property("good_with_dogs", "yes")
        .build();
  }

  /** Dogs d1..dN named Dog1..DogN. */
  public static List<RawDog> dogs(int count) {
    List<RawDog> dogs = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      dogs.add(dog("d" + i, "Dog" + letters(i)));
    }
    return dogs;
  }

  /** A name made of letters only (names that are mostly digits are rejected). */
  static String letters(int number) {
    StringBuilder name = new StringBuilder();
    int n = number;
    do {
      name.append((char) ('a' + n % 26));
      n /= 26;
    } while (n > 0);
    return name.toString();
  }

  /** A complete result: every dog read in full and listed as available. */
  public static RawScrapeResult complete(String runId, Instant startedAt, List<RawDog> dogs) {
    return builder(runId, startedAt).dogs(dogs).build();
  }

  public static Builder builder(String runId, Instant startedAt) {
    return new Builder(runId, startedAt);
  }

  /** Builds raw results; found defaults to every record's id, listed available. */
  public static final class Builder {
    private final String runId;
    private final Instant startedAt;
    private String organization = ORGANIZATION;
    private Outcome outcome = Outcome.COMPLETE;
    private String error;
    private ListingCompleteness listing = new ListingCompleteness(1, 1, 0);
    private List<RawDog> dogs = List.of();
    private final List<FoundDog> extraFound = new ArrayList<>();
    private List<FoundDog> found;
    private final List<String> unchanged = new ArrayList<>();
    private final List<DetailFailure> failures = new ArrayList<>();

    private Builder(String runId, Instant startedAt) {
      this.runId = runId;
      this.startedAt = startedAt;
    }

    public Builder organization(String value) {
      this.organization = value;
      return this;
    }

    public Builder dogs(List<RawDog> value) {
      this.dogs = value;
      return this;
    }

    public Builder listingFailed(String message) {
      this.outcome = Outcome.LISTING_FAILED;
      this.error = message;
      this.listing = new ListingCompleteness(3, 1, 0);
      return this;
    }

    Builder listing(ListingCompleteness value) {
      this.listing = value;
      return this;
    }

    /** Replaces the found list. */
    Builder found(List<FoundDog> value) {
      this.found = value;
      return this;
    }

    /** A listed dog answered 304 Not Modified. */
    Builder unchanged(String externalId) {
      unchanged.add(externalId);
      extraFound.add(new FoundDog(externalId, null, DogStatus.AVAILABLE, null));
      return this;
    }

    /** A listed dog with a listing badge and no record. */
    Builder listed(String externalId, DogStatus badge) {
      extraFound.add(new FoundDog(externalId, null, badge, null));
      return this;
    }

    /** A listed dog whose detail page failed. */
    Builder detailFailed(String externalId) {
      failures.add(
          new DetailFailure(
              externalId,
              "https://happy-paws.example.org/dogs/" + externalId,
              "http_status",
              500,
              "HTTP 500"));
      extraFound.add(new FoundDog(externalId, null, DogStatus.AVAILABLE, null));
      return this;
    }

    public RawScrapeResult build() {
      List<FoundDog> listed = new ArrayList<>();
      if (outcome == Outcome.COMPLETE) {
        if (found != null) {
          listed.addAll(found);
        } else {
          for (RawDog dog : dogs) {
            if (dog.externalId() != null) {
              listed.add(new FoundDog(dog.externalId(), dog.name(), DogStatus.AVAILABLE, null));
            }
          }
          listed.addAll(extraFound);
        }
      }
      return new RawScrapeResult(
          RawScrapeResult.SCHEMA_VERSION,
          organization,
          runId,
          "1",
          startedAt,
          startedAt.plus(Duration.ofSeconds(90)),
          outcome,
          error,
          listing,
          listed,
          outcome == Outcome.COMPLETE ? dogs : List.of(),
          unchanged,
          failures,
          new FetchStatistics(10, 1, 12345, Map.of(200, 9L, 304, 1L), 1, 0, 0, 0, 800, 2000),
          Map.of());
    }
  }
}
