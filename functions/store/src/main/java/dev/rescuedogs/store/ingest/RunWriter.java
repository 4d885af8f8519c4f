package dev.rescuedogs.store.ingest;

import dev.rescuedogs.core.availability.Availability;
import dev.rescuedogs.core.availability.AvailabilityLadder;
import dev.rescuedogs.core.availability.PartialFailure;
import dev.rescuedogs.core.availability.PartialFailureCheck;
import dev.rescuedogs.core.availability.PartialFailureSettings;
import dev.rescuedogs.core.availability.RunFacts;
import dev.rescuedogs.core.breed.StandardizedBreed;
import dev.rescuedogs.core.dog.StandardizedDog;
import dev.rescuedogs.core.rawresult.FetchStatistics;
import dev.rescuedogs.core.rawresult.RawScrapeResult;
import dev.rescuedogs.core.status.DogStatus;
import dev.rescuedogs.store.ingest.DogStore.AvailabilityUpdate;
import dev.rescuedogs.store.ingest.DogStore.DataUpdate;
import dev.rescuedogs.store.ingest.DogStore.NewDog;
import dev.rescuedogs.store.organization.MonitoringJson;
import dev.rescuedogs.store.slug.Slugs;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/**
 * Applies one standardized run to the organization's dogs inside the caller's transaction: the
 * decisions (new, changed, unchanged, seen, missing) are made in memory against the rows loaded
 * once, then written with one batched statement per kind.
 */
final class RunWriter {

  /** The fields whose change is worth a history event, by column name. */
  private static final Map<String, Function<DogData, Object>> TRACKED_FIELDS = trackedFields();

  private final DogStore dogs;
  private final SessionStore sessions;
  private final Instant now;

  RunWriter(Handle handle, Instant now) {
    this.dogs = new DogStore(handle);
    this.sessions = new SessionStore(handle);
    this.now = now;
  }

  /** What the writer decided for the organization's dogs; filled by the {@code plan...} methods. */
  private static final class Plan {
    final List<NewDog> inserts = new ArrayList<>();
    final List<DataUpdate> dataUpdates = new ArrayList<>();
    final List<AvailabilityUpdate> availabilityUpdates = new ArrayList<>();
    final Set<Long> seen = new LinkedHashSet<>();
    final Set<Long> scraped = new LinkedHashSet<>();
    final Set<Long> imagesReplaced = new LinkedHashSet<>();
    final List<StoredImage> imageRows = new ArrayList<>();
    final List<DogEvent> events = new ArrayList<>();
    int added;
    int updated;
    int unchanged;
    int markedMissing;
    int reappeared;
    int retired;
  }

  IngestReport ingest(
      long organizationId,
      long sessionId,
      Integer failedAttempts,
      RawScrapeResult raw,
      StandardizedRun run,
      String rawPayloadLocation,
      long standardizeMillis) {
    long databaseStart = System.nanoTime();
    Instant seenAt = raw.startedAt();

    String monitoring = sessions.monitoring(organizationId);
    PartialFailureSettings thresholds = MonitoringJson.partialFailure(monitoring);
    List<Integer> history =
        sessions.earlierSuccessfulCounts(
            organizationId, sessionId, seenAt, thresholds.historyWindow());
    RunFacts facts =
        new RunFacts(
            run.listingComplete,
            raw.error(),
            run.seen.size(),
            run.notSaved + run.detailFailures,
            history);
    Optional<PartialFailure> partialFailure = PartialFailureCheck.evaluate(facts, thresholds);

    List<StoredImage> storedImages = dogs.images(organizationId);
    Map<String, StoredDog> stored = dogs.load(organizationId, storedImages);
    Map<Long, List<StoredImage>> imagesByDog = byDog(storedImages);

    Plan plan = new Plan();
    planReadDogs(plan, run, stored, imagesByDog, sessionId, seenAt);
    planSeenWithoutData(plan, run, stored, sessionId, seenAt);
    if (partialFailure.isEmpty()) {
      planStaleUpdate(plan, run, stored, sessionId, seenAt);
    }
    write(organizationId, plan, seenAt, seenAt);

    String status =
        !raw.isComplete()
            ? SessionStore.ERROR
            : partialFailure.isPresent() ? SessionStore.WARNING : SessionStore.SUCCESS;
    String errorMessage =
        raw.isComplete()
            ? null
            : Texts.withoutNul(raw.error() == null ? "the listing failed" : raw.error());
    Duration scrapeDuration = nonNegative(Duration.between(raw.startedAt(), raw.finishedAt()));
    String reason = partialFailure.map(f -> Texts.withoutNul(f.reason())).orElse(null);

    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put(Metrics.REJECTED_BY_REASON, run.rejectedByReason());
    metrics.put(Metrics.DOGS_MARKED_MISSING, plan.markedMissing);
    metrics.put(Metrics.SCRAPE_DURATION_MS, scrapeDuration.toMillis());
    metrics.put("dogs_seen", plan.seen.size() + plan.added);
    metrics.put("dogs_not_modified", run.unchanged.size());
    metrics.put("dogs_reappeared", plan.reappeared);
    metrics.put("dogs_retired", plan.retired);
    metrics.put("detail_failures_by_reason", run.detailFailuresByReason);
    metrics.put("stale_update", partialFailure.isPresent() ? "skipped" : "applied");
    partialFailure.ifPresent(f -> metrics.put("partial_failure_kind", f.kind().code()));
    metrics.put("history", historyMetrics(history));
    metrics.put("listing", listingMetrics(raw));
    metrics.put("fetch", fetchMetrics(raw.statistics()));
    metrics.put("parser_version", Texts.withoutNul(raw.parserVersion()));
    if (failedAttempts != null) {
      metrics.put(Metrics.FAILED_ATTEMPTS, failedAttempts);
    }
    Map<String, Object> timings = new LinkedHashMap<>();
    timings.put("standardize", standardizeMillis);
    timings.put("database", (System.nanoTime() - databaseStart) / 1_000_000);
    metrics.put("timings_ms", timings);

    boolean scored = !run.accepted.isEmpty();
    double qualityThreshold = MonitoringJson.qualityThreshold(monitoring);
    metrics.put("quality_threshold", qualityThreshold);
    metrics.put("quality_below_threshold", scored && run.qualityScore < qualityThreshold);
    sessions.close(
        sessionId,
        new SessionStore.Closing(
            raw.startedAt(),
            now.isBefore(raw.startedAt()) ? raw.startedAt() : now,
            status,
            run.seen.size(),
            plan.added,
            plan.updated,
            plan.unchanged,
            run.rejected,
            run.detailFailures,
            scored ? BigDecimal.valueOf(run.qualityScore).setScale(3, RoundingMode.HALF_UP) : null,
            reason,
            errorMessage,
            metrics,
            Texts.withoutNul(rawPayloadLocation)));

    return new IngestReport(
        sessionId,
        raw.runId(),
        raw.organizationId(),
        false,
        status,
        run.seen.size(),
        plan.added,
        plan.updated,
        plan.unchanged,
        run.rejected,
        run.rejectedByReason(),
        plan.markedMissing,
        run.detailFailures,
        run.qualityScore,
        reason != null,
        reason,
        scrapeDuration,
        errorMessage);
  }

  /**
   * Re-applies a re-standardized run's records to the dogs whose stored data came from it; no
   * availability bookkeeping, events without a session (they are corrections, not observations).
   */
  RestandardizeReport restandardize(
      long organizationId,
      long sessionId,
      RawScrapeResult raw,
      StandardizedRun run,
      String rawPayloadLocation) {
    Instant scrapedAt = raw.startedAt();
    List<StoredImage> storedImages = dogs.images(organizationId);
    Map<String, StoredDog> stored = dogs.load(organizationId, storedImages);
    Map<Long, List<StoredImage>> imagesByDog = byDog(storedImages);

    Plan plan = new Plan();
    int skippedNewer = 0;
    int notStored = 0;
    for (Map.Entry<String, StandardizedDog> entry : run.accepted.entrySet()) {
      StoredDog dog = stored.get(entry.getKey());
      if (dog == null) {
        notStored++;
        continue;
      }
      if (dog.lastScrapedAt() != null && dog.lastScrapedAt().isAfter(scrapedAt)) {
        skippedNewer++;
        continue;
      }
      DogData data = DogData.of(entry.getValue());
      boolean changed = planDataChange(plan, dog, data, imagesByDog, null, now);
      DogStatus observed = run.observedStatus(entry.getKey());
      Availability current = dog.availability();
      // A retired dog stays retired until a run lists it again; otherwise the corrected reading of
      // the status applies (with what it implies for being shown).
      if (current.status() != DogStatus.UNKNOWN
          && observed != DogStatus.UNKNOWN
          && observed != current.status()) {
        Availability corrected =
            new Availability(
                observed,
                current.confidence(),
                current.consecutiveRunsMissing(),
                AvailabilityLadder.isShown(observed));
        plan.availabilityUpdates.add(new AvailabilityUpdate(dog.id(), corrected, true));
        plan.events.add(
            new DogEvent(
                dog.id(),
                null,
                DogEvent.STATUS_CHANGED,
                null,
                current.status().wireValue(),
                observed.wireValue(),
                now));
        changed = true;
      }
      if (changed) {
        plan.updated++;
      } else {
        plan.unchanged++;
      }
    }
    write(organizationId, plan, scrapedAt, now);
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("restandardized_at", now.toString());
    metrics.put("restandardized_dogs_updated", plan.updated);
    metrics.put("restandardized_from", rawPayloadLocation);
    sessions.mergeMetrics(sessionId, metrics);
    return new RestandardizeReport(
        sessionId,
        raw.runId(),
        raw.organizationId(),
        run.accepted.size(),
        plan.updated,
        plan.unchanged,
        skippedNewer,
        notStored,
        run.rejected,
        run.rejectedByReason());
  }

  /** Dogs with a record read in this run: create, update or confirm them. */
  private void planReadDogs(
      Plan plan,
      StandardizedRun run,
      Map<String, StoredDog> stored,
      Map<Long, List<StoredImage>> imagesByDog,
      long sessionId,
      Instant seenAt) {
    List<String> newIds =
        run.accepted.keySet().stream().filter(id -> !stored.containsKey(id)).toList();
    long[] ids = dogs.nextIds(newIds.size());
    int next = 0;
    for (Map.Entry<String, StandardizedDog> entry : run.accepted.entrySet()) {
      String externalId = entry.getKey();
      DogData data = DogData.of(entry.getValue());
      DogStatus observed = run.observedStatus(externalId);
      StoredDog dog = stored.get(externalId);
      if (dog == null) {
        long id = ids[next++];
        Availability availability = Availability.seenWith(observed);
        plan.inserts.add(
            new NewDog(
                id,
                externalId,
                Slugs.dogSlug(data.name(), slugBreed(data), id),
                data,
                availability,
                seenAt));
        for (int position = 0; position < data.imageUrls().size(); position++) {
          plan.imageRows.add(StoredImage.pending(id, position, data.imageUrls().get(position)));
        }
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("name", data.name());
        created.put("status", availability.status().wireValue());
        plan.events.add(new DogEvent(id, sessionId, DogEvent.CREATED, null, null, created, seenAt));
        plan.added++;
        continue;
      }
      if (dog.lastSeenAt().isAfter(seenAt)) {
        // A later run has already seen this dog: this older result has nothing newer to say.
        plan.unchanged++;
        continue;
      }
      plan.seen.add(dog.id());
      boolean changed = false;
      if (dog.lastScrapedAt() == null || !dog.lastScrapedAt().isAfter(seenAt)) {
        changed = planDataChange(plan, dog, data, imagesByDog, sessionId, seenAt);
        if (!changed) {
          plan.scraped.add(dog.id());
        }
      }
      boolean statusChanged = planSeen(plan, dog, observed, sessionId, seenAt);
      if (changed || statusChanged) {
        plan.updated++;
      } else {
        plan.unchanged++;
      }
    }
  }

  /**
   * Stored dogs the run saw without a usable record (unchanged pages, failed pages, rejected
   * records, listing-only entries): seen, data kept.
   */
  private void planSeenWithoutData(
      Plan plan,
      StandardizedRun run,
      Map<String, StoredDog> stored,
      long sessionId,
      Instant seenAt) {
    for (String externalId : run.seen) {
      if (run.accepted.containsKey(externalId)) {
        continue;
      }
      StoredDog dog = stored.get(externalId);
      if (dog == null || dog.lastSeenAt().isAfter(seenAt)) {
        continue;
      }
      plan.seen.add(dog.id());
      boolean statusChanged =
          planSeen(plan, dog, run.observedStatus(externalId), sessionId, seenAt);
      if (run.unchanged.contains(externalId)) {
        if (statusChanged) {
          plan.updated++;
        } else {
          plan.unchanged++;
        }
      }
    }
  }

  /** The stale update: every stored dog this successful run did not see climbs the ladder. */
  private void planStaleUpdate(
      Plan plan,
      StandardizedRun run,
      Map<String, StoredDog> stored,
      long sessionId,
      Instant seenAt) {
    for (StoredDog dog : stored.values()) {
      if (run.seen.contains(dog.externalId()) || !dog.lastSeenAt().isBefore(seenAt)) {
        continue;
      }
      Availability before = dog.availability();
      Availability after = AvailabilityLadder.missed(before);
      if (after.equals(before)) {
        continue;
      }
      plan.markedMissing++;
      boolean statusChanged = after.status() != before.status();
      plan.availabilityUpdates.add(new AvailabilityUpdate(dog.id(), after, statusChanged));
      if (after.confidence() != before.confidence()) {
        plan.events.add(
            new DogEvent(
                dog.id(),
                sessionId,
                DogEvent.CONFIDENCE_CHANGED,
                null,
                before.confidence().wireValue(),
                after.confidence().wireValue(),
                seenAt));
      }
      if (statusChanged) {
        plan.events.add(
            new DogEvent(
                dog.id(),
                sessionId,
                DogEvent.STATUS_CHANGED,
                null,
                before.status().wireValue(),
                after.status().wireValue(),
                seenAt));
        plan.retired++;
        Map<String, Object> retired = new LinkedHashMap<>();
        retired.put("consecutive_runs_missing", after.consecutiveRunsMissing());
        retired.put("last_seen_at", dog.lastSeenAt().toString());
        plan.events.add(
            new DogEvent(dog.id(), sessionId, DogEvent.RETIRED, null, null, retired, seenAt));
      }
    }
  }

  /** Availability of a dog seen in this run; true when its status changed. */
  private boolean planSeen(
      Plan plan, StoredDog dog, DogStatus observed, long sessionId, Instant seenAt) {
    Availability before = dog.availability();
    Availability after = AvailabilityLadder.seen(before, observed);
    boolean statusChanged = after.status() != before.status();
    if (!after.equals(before)) {
      plan.availabilityUpdates.add(new AvailabilityUpdate(dog.id(), after, statusChanged));
    }
    if (before.consecutiveRunsMissing() > 0) {
      plan.reappeared++;
      Map<String, Object> missing = new LinkedHashMap<>();
      missing.put("consecutive_runs_missing", before.consecutiveRunsMissing());
      plan.events.add(
          new DogEvent(dog.id(), sessionId, DogEvent.REAPPEARED, null, missing, null, seenAt));
    }
    if (statusChanged) {
      plan.events.add(
          new DogEvent(
              dog.id(),
              sessionId,
              DogEvent.STATUS_CHANGED,
              null,
              before.status().wireValue(),
              after.status().wireValue(),
              seenAt));
    }
    if (after.confidence() != before.confidence()) {
      plan.events.add(
          new DogEvent(
              dog.id(),
              sessionId,
              DogEvent.CONFIDENCE_CHANGED,
              null,
              before.confidence().wireValue(),
              after.confidence().wireValue(),
              seenAt));
    }
    return statusChanged;
  }

  /**
   * New data for a stored dog, with field events and its image rows; true when anything changed.
   */
  private boolean planDataChange(
      Plan plan,
      StoredDog dog,
      DogData data,
      Map<Long, List<StoredImage>> imagesByDog,
      Long sessionId,
      Instant at) {
    if (data.equals(dog.data())) {
      return false;
    }
    plan.dataUpdates.add(new DataUpdate(dog.id(), data));
    TRACKED_FIELDS.forEach(
        (field, value) -> {
          Object before = value.apply(dog.data());
          Object after = value.apply(data);
          if (!Objects.equals(before, after)) {
            plan.events.add(
                new DogEvent(
                    dog.id(), sessionId, DogEvent.FIELD_CHANGED, field, before, after, at));
          }
        });
    if (!data.imageUrls().equals(dog.data().imageUrls())) {
      Map<String, StoredImage> previous = new HashMap<>();
      for (StoredImage image : imagesByDog.getOrDefault(dog.id(), List.of())) {
        previous.putIfAbsent(image.originalUrl(), image);
      }
      plan.imagesReplaced.add(dog.id());
      for (int position = 0; position < data.imageUrls().size(); position++) {
        String url = data.imageUrls().get(position);
        StoredImage kept = previous.get(url);
        plan.imageRows.add(
            kept == null
                ? StoredImage.pending(dog.id(), position, url)
                : kept.at(dog.id(), position));
      }
    }
    return true;
  }

  /**
   * Writes the plan: inserts first (events and images refer to the new rows).
   *
   * @param seenAt when the data was read (the scrape's start)
   * @param statusChangedAt the time a status change is recorded at
   */
  private void write(long organizationId, Plan plan, Instant seenAt, Instant statusChangedAt) {
    dogs.insert(organizationId, plan.inserts, now);
    dogs.updateData(plan.dataUpdates, seenAt, now);
    dogs.updateAvailability(plan.availabilityUpdates, statusChangedAt);
    dogs.markSeen(plan.seen, plan.scraped, seenAt);
    Set<Long> imageOwners = new LinkedHashSet<>(plan.imagesReplaced);
    plan.inserts.forEach(dog -> imageOwners.add(dog.id()));
    dogs.replaceImages(imageOwners, plan.imageRows, now);
    dogs.insertEvents(plan.events);
  }

  /** The breed part of a new dog's slug; an unresolved breed adds nothing to the URL. */
  private static String slugBreed(DogData data) {
    return StandardizedBreed.UNKNOWN_LABEL.equals(data.standardizedBreed())
        ? null
        : data.standardizedBreed();
  }

  private static Map<Long, List<StoredImage>> byDog(List<StoredImage> images) {
    Map<Long, List<StoredImage>> byDog = new HashMap<>();
    for (StoredImage image : images) {
      byDog.computeIfAbsent(image.dogId(), id -> new ArrayList<>()).add(image);
    }
    return byDog;
  }

  private static Duration nonNegative(Duration duration) {
    return duration.isNegative() ? Duration.ZERO : duration;
  }

  private static Map<String, Object> historyMetrics(List<Integer> history) {
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("successful_runs", history.size());
    metrics.put(
        "average_dogs_found",
        history.isEmpty()
            ? null
            : Math.round(history.stream().mapToInt(Integer::intValue).average().orElse(0) * 10)
                / 10.0);
    return metrics;
  }

  private static Map<String, Object> listingMetrics(RawScrapeResult raw) {
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("outcome", raw.outcome().wireName());
    metrics.put("pages_expected", raw.listing().pagesExpected());
    metrics.put("pages_seen", raw.listing().pagesSeen());
    metrics.put("browser_restarts", raw.listing().browserRestarts());
    metrics.put("found", raw.found().size());
    metrics.put("records", raw.dogs().size());
    return metrics;
  }

  private static Map<String, Object> fetchMetrics(FetchStatistics statistics) {
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("requests", statistics.requests());
    metrics.put("retries", statistics.retries());
    metrics.put("bytes", statistics.bytes());
    metrics.put("not_modified", statistics.notModified());
    metrics.put("robots_disallowed", statistics.robotsDisallowed());
    metrics.put("failures", statistics.failures());
    metrics.put("browser_navigations", statistics.browserNavigations());
    metrics.put("request_time_ms", statistics.requestTimeMillis());
    metrics.put("wait_time_ms", statistics.waitTimeMillis());
    Map<String, Long> statuses = new LinkedHashMap<>();
    statistics.statusCounts().forEach((code, count) -> statuses.put(String.valueOf(code), count));
    metrics.put("status_counts", statuses);
    return metrics;
  }

  private static Map<String, Function<DogData, Object>> trackedFields() {
    Map<String, Function<DogData, Object>> fields = new LinkedHashMap<>();
    fields.put("name", DogData::name);
    fields.put("standardized_breed", DogData::standardizedBreed);
    fields.put("age_text", DogData::ageText);
    fields.put("sex", DogData::sex);
    fields.put("standardized_size", DogData::standardizedSize);
    fields.put("adoption_url", DogData::adoptionUrl);
    fields.put("description", DogData::description);
    return fields;
  }
}
