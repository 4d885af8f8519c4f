package dev.rescuedogs.store.ingest;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.dog.StandardizedDog;
import dev.rescuedogs.core.quality.QualityScore;
import dev.rescuedogs.core.quality.RejectReason;
import dev.rescuedogs.core.rawresult.DetailFailure;
import dev.rescuedogs.core.rawresult.FoundDog;
import dev.rescuedogs.core.rawresult.ListingCompleteness;
import dev.rescuedogs.core.rawresult.RawScrapeResult;
import dev.rescuedogs.core.standardization.DogStandardizer;
import dev.rescuedogs.core.status.DogStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A raw result standardized and sorted out, before anything touches the database: the accepted
 * records by external id, the rejects by reason, and every id the run saw.
 */
final class StandardizedRun {

  static final String DUPLICATE_EXTERNAL_ID = "duplicate_external_id";
  static final String EXTERNAL_ID_TOO_LONG = "external_id_too_long";

  /** Accepted records by external id, in the raw result's order. */
  final Map<String, StandardizedDog> accepted = new LinkedHashMap<>();

  /** Rejected records per reason code. */
  final Map<String, Integer> rejectedByReason = new TreeMap<>();

  /** Every external id the run saw: listed, read (accepted or not), unchanged or failed. */
  final Set<String> seen = new LinkedHashSet<>();

  /** External ids answered 304 Not Modified. */
  final Set<String> unchanged = new LinkedHashSet<>();

  /** The listing's badge per external id. */
  final Map<String, DogStatus> listingStatus = new HashMap<>();

  /** Detail-page failures per reason. */
  final Map<String, Integer> detailFailuresByReason = new TreeMap<>();

  int rejected;

  /** Rejected records that are not repeats of a saved id: found dogs that could not be saved. */
  int notSaved;

  int detailFailures;
  double qualityScore;
  final boolean listingComplete;

  private StandardizedRun(boolean listingComplete) {
    this.listingComplete = listingComplete;
  }

  static StandardizedRun of(RawScrapeResult raw, DogStandardizer standardizer) {
    StandardizedRun run = new StandardizedRun(listingComplete(raw));
    for (FoundDog found : raw.found()) {
      String id = Texts.externalId(found.externalId());
      if (id != null) {
        run.seen.add(id);
        run.listingStatus.putIfAbsent(id, found.status());
      }
    }
    List<Double> scores = new ArrayList<>();
    for (RawDog rawDog : raw.dogs()) {
      StandardizedDog dog = standardizer.standardize(rawDog, raw.startedAt());
      String id = Texts.externalId(dog.externalId());
      if (id != null) {
        run.seen.add(id);
      }
      String rejection = null;
      if (dog.rejected()) {
        rejection = dog.rejectReason().wireValue();
      } else if (id == null) {
        rejection = RejectReason.MISSING_EXTERNAL_ID.wireValue();
      } else if (id.length() > DogData.MAX_EXTERNAL_ID_LENGTH) {
        rejection = EXTERNAL_ID_TOO_LONG;
      } else if (run.accepted.containsKey(id)) {
        rejection = DUPLICATE_EXTERNAL_ID;
      }
      if (rejection == null) {
        run.accepted.put(id, dog);
        scores.add(dog.qualityScore());
      } else {
        run.rejected++;
        run.rejectedByReason.merge(rejection, 1, Integer::sum);
        if (!rejection.equals(DUPLICATE_EXTERNAL_ID)) {
          run.notSaved++;
        }
      }
    }
    for (String unchangedId : raw.unchanged()) {
      String id = Texts.externalId(unchangedId);
      if (id != null) {
        run.seen.add(id);
        run.unchanged.add(id);
      }
    }
    Set<String> failed = new LinkedHashSet<>();
    for (DetailFailure failure : raw.detailFailures()) {
      String id = Texts.externalId(failure.externalId());
      if (id != null && failed.add(id)) {
        run.seen.add(id);
        run.detailFailuresByReason.merge(Texts.withoutNul(failure.reason()), 1, Integer::sum);
      }
    }
    run.detailFailures = failed.size();
    run.qualityScore = QualityScore.mean(scores);
    return run;
  }

  /** A listing counts as complete when the scraper says so and read every page it announced. */
  private static boolean listingComplete(RawScrapeResult raw) {
    ListingCompleteness listing = raw.listing();
    return raw.isComplete()
        && (listing.pagesExpected() == null || listing.pagesSeen() >= listing.pagesExpected());
  }

  /**
   * The status the run observed for a dog: the record's own status, made stricter by a reserved or
   * adopted badge on the listing. An "available" badge alone says nothing (many listings show no
   * badges at all), so a dog without a read record gets {@link DogStatus#UNKNOWN}: keep what is
   * stored.
   */
  DogStatus observedStatus(String externalId) {
    StandardizedDog dog = accepted.get(externalId);
    DogStatus badge = listingStatus.getOrDefault(externalId, DogStatus.UNKNOWN);
    boolean definiteBadge = badge == DogStatus.RESERVED || badge == DogStatus.ADOPTED;
    if (dog == null) {
      return definiteBadge ? badge : DogStatus.UNKNOWN;
    }
    return definiteBadge && rank(badge) > rank(dog.status()) ? badge : dog.status();
  }

  private static int rank(DogStatus status) {
    return switch (status) {
      case ADOPTED -> 3;
      case RESERVED -> 2;
      case AVAILABLE -> 1;
      default -> 0;
    };
  }

  Map<String, Integer> rejectedByReason() {
    return Collections.unmodifiableMap(rejectedByReason);
  }
}
