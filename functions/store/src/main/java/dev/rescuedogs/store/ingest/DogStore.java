package dev.rescuedogs.store.ingest;

import dev.rescuedogs.core.availability.Availability;
import dev.rescuedogs.core.availability.AvailabilityConfidence;
import dev.rescuedogs.core.status.DogStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The statements the ingestion runs on {@code dogs}, {@code dog_images} and {@code dog_events},
 * inside the caller's transaction. Writes are batched: one round trip per statement kind, not per
 * dog.
 */
final class DogStore {

  /** The data columns and the parameter each is written from. */
  private static final List<String[]> DATA =
      List.of(
          new String[] {"name", ":name"},
          new String[] {"adoption_url", ":adoptionUrl"},
          new String[] {"breed_raw", ":breedRaw"},
          new String[] {"standardized_breed", ":standardizedBreed"},
          new String[] {"primary_breed", ":primaryBreed"},
          new String[] {"secondary_breed", ":secondaryBreed"},
          new String[] {"breed_type", ":breedType"},
          new String[] {"breed_group", ":breedGroup"},
          new String[] {"breed_slug", ":breedSlug"},
          new String[] {"breed_confidence", ":breedConfidence"},
          new String[] {"age_text", ":ageText"},
          new String[] {"age_min_months", ":ageMinMonths"},
          new String[] {"age_max_months", ":ageMaxMonths"},
          new String[] {"age_category", ":ageCategory"},
          new String[] {"sex", ":sex"},
          new String[] {"size_raw", ":sizeRaw"},
          new String[] {"standardized_size", ":standardizedSize"},
          new String[] {"size_source", ":sizeSource"},
          new String[] {"location_text", ":locationText"},
          new String[] {"description", ":description"},
          new String[] {"properties", "CAST(:properties AS jsonb)"},
          new String[] {"quality_score", ":qualityScore"});

  private static final String DATA_COLUMNS =
      DATA.stream().map(pair -> pair[0]).collect(Collectors.joining(", "));
  private static final String DATA_VALUES =
      DATA.stream().map(pair -> pair[1]).collect(Collectors.joining(", "));
  private static final String DATA_ASSIGNMENTS =
      DATA.stream().map(pair -> pair[0] + " = " + pair[1]).collect(Collectors.joining(", "));

  private final Handle handle;

  DogStore(Handle handle) {
    this.handle = handle;
  }

  /** Every dog of the organization by external id, with its images from {@code storedImages}. */
  Map<String, StoredDog> load(long organizationId, List<StoredImage> storedImages) {
    Map<Long, List<String>> images = new HashMap<>();
    for (StoredImage image : storedImages) {
      images.computeIfAbsent(image.dogId(), id -> new ArrayList<>()).add(image.originalUrl());
    }
    Map<String, StoredDog> dogs = new HashMap<>();
    handle
        .createQuery(
            "SELECT id, external_id, "
                + DATA_COLUMNS
                + ", properties::text AS properties_json, status, availability_confidence,"
                + " consecutive_runs_missing, active, last_seen_at, last_scraped_at FROM dogs WHERE"
                + " organization_id = :org")
        .bind("org", organizationId)
        .map(
            (rs, ctx) -> {
              long id = rs.getLong("id");
              DogData data =
                  new DogData(
                      rs.getString("name"),
                      rs.getString("adoption_url"),
                      rs.getString("breed_raw"),
                      rs.getString("standardized_breed"),
                      rs.getString("primary_breed"),
                      rs.getString("secondary_breed"),
                      rs.getString("breed_type"),
                      rs.getString("breed_group"),
                      rs.getString("breed_slug"),
                      rs.getBigDecimal("breed_confidence"),
                      rs.getString("age_text"),
                      Sql.integer(rs, "age_min_months"),
                      Sql.integer(rs, "age_max_months"),
                      rs.getString("age_category"),
                      rs.getString("sex"),
                      rs.getString("size_raw"),
                      rs.getString("standardized_size"),
                      rs.getString("size_source"),
                      rs.getString("location_text"),
                      rs.getString("description"),
                      Sql.stringMap(rs.getString("properties_json")),
                      rs.getBigDecimal("quality_score"),
                      images.getOrDefault(id, List.of()));
              Availability availability =
                  new Availability(
                      DogStatus.fromWireValue(rs.getString("status")),
                      AvailabilityConfidence.fromWireValue(rs.getString("availability_confidence")),
                      rs.getInt("consecutive_runs_missing"),
                      rs.getBoolean("active"));
              return new StoredDog(
                  id,
                  rs.getString("external_id"),
                  data,
                  availability,
                  Sql.instant(rs, "last_seen_at"),
                  Sql.instant(rs, "last_scraped_at"));
            })
        .forEach(dog -> dogs.put(dog.externalId(), dog));
    return dogs;
  }

  /** The image rows of the organization's dogs, in position order per dog. */
  List<StoredImage> images(long organizationId) {
    return handle
        .createQuery(
            "SELECT i.dog_id, i.position, i.original_url, i.storage_key, i.stored_url,"
                + " i.content_sha256, i.width, i.height FROM dog_images i"
                + " JOIN dogs d ON d.id = i.dog_id WHERE d.organization_id = :org"
                + " ORDER BY i.dog_id, i.position")
        .bind("org", organizationId)
        .map(
            (rs, ctx) ->
                new StoredImage(
                    rs.getLong("dog_id"),
                    rs.getInt("position"),
                    rs.getString("original_url"),
                    rs.getString("storage_key"),
                    rs.getString("stored_url"),
                    rs.getString("content_sha256"),
                    Sql.integer(rs, "width"),
                    Sql.integer(rs, "height")))
        .list();
  }

  /** Takes {@code count} ids from the dogs' identity sequence. */
  long[] nextIds(int count) {
    if (count == 0) {
      return new long[0];
    }
    return handle
        .createQuery(
            "SELECT nextval(pg_get_serial_sequence('dogs', 'id')) FROM generate_series(1, :n)")
        .bind("n", count)
        .mapTo(Long.class)
        .stream()
        .mapToLong(Long::longValue)
        .toArray();
  }

  /** A dog to insert, id and final slug already assigned. */
  record NewDog(
      long id,
      String externalId,
      String slug,
      DogData data,
      Availability availability,
      Instant seenAt) {}

  void insert(long organizationId, Collection<NewDog> dogs, Instant now) {
    if (dogs.isEmpty()) {
      return;
    }
    PreparedBatch batch =
        handle.prepareBatch(
            "INSERT INTO dogs (id, organization_id, external_id, slug, status, status_changed_at,"
                + " availability_confidence, consecutive_runs_missing, active, first_seen_at,"
                + " last_seen_at, last_scraped_at, created_at, updated_at, "
                + DATA_COLUMNS
                + ") VALUES (:id, :org, :externalId, :slug, :status, :seenAt, :confidence,"
                + " :missing, :active, :seenAt, :seenAt, :seenAt, :now, :now, "
                + DATA_VALUES
                + ")");
    for (NewDog dog : dogs) {
      bindData(batch, dog.data());
      batch
          .bind("id", dog.id())
          .bind("org", organizationId)
          .bind("externalId", dog.externalId())
          .bind("slug", dog.slug())
          .bind("status", dog.availability().status().wireValue())
          .bind("confidence", dog.availability().confidence().wireValue())
          .bind("missing", dog.availability().consecutiveRunsMissing())
          .bind("active", dog.availability().active())
          .bind("seenAt", Sql.timestamp(dog.seenAt()))
          .bind("now", Sql.timestamp(now))
          .add();
    }
    batch.execute();
  }

  /** New data for a stored dog, read at {@code scrapedAt}. */
  record DataUpdate(long id, DogData data) {}

  void updateData(Collection<DataUpdate> updates, Instant scrapedAt, Instant now) {
    if (updates.isEmpty()) {
      return;
    }
    PreparedBatch batch =
        handle.prepareBatch(
            "UPDATE dogs SET "
                + DATA_ASSIGNMENTS
                + ", last_scraped_at = :scrapedAt, updated_at = :now WHERE id = :id");
    for (DataUpdate update : updates) {
      bindData(batch, update.data());
      batch
          .bind("id", update.id())
          .bind("scrapedAt", Sql.timestamp(scrapedAt))
          .bind("now", Sql.timestamp(now))
          .add();
    }
    batch.execute();
  }

  /**
   * A dog's new availability; {@code statusChanged} also moves its {@code status_changed_at} time.
   */
  record AvailabilityUpdate(long id, Availability availability, boolean statusChanged) {}

  void updateAvailability(Collection<AvailabilityUpdate> updates, Instant at) {
    if (updates.isEmpty()) {
      return;
    }
    PreparedBatch batch =
        handle.prepareBatch(
            "UPDATE dogs SET status = :status,"
                + " status_changed_at = CASE WHEN :statusChanged THEN :at ELSE status_changed_at"
                + " END, availability_confidence = :confidence, consecutive_runs_missing ="
                + " :missing, active = :active WHERE id = :id");
    for (AvailabilityUpdate update : updates) {
      batch
          .bind("id", update.id())
          .bind("status", update.availability().status().wireValue())
          .bind("statusChanged", update.statusChanged())
          .bind("at", Sql.timestamp(at))
          .bind("confidence", update.availability().confidence().wireValue())
          .bind("missing", update.availability().consecutiveRunsMissing())
          .bind("active", update.availability().active())
          .add();
    }
    batch.execute();
  }

  /**
   * Records that the dogs were seen at {@code seenAt} (never moving last_seen_at backwards), and
   * that the stored data of {@code scraped} among them was (re)read then. One statement for both,
   * touching only columns no index covers, so that PostgreSQL can update the rows in place (HOT).
   */
  void markSeen(Collection<Long> seen, Collection<Long> scraped, Instant seenAt) {
    if (seen.isEmpty()) {
      return;
    }
    handle
        .createUpdate(
            "UPDATE dogs SET last_seen_at = GREATEST(last_seen_at, :seenAt),"
                + " last_scraped_at = CASE WHEN id = ANY(:scraped) THEN :seenAt"
                + " ELSE last_scraped_at END WHERE id = ANY(:seen)")
        .bind("seenAt", Sql.timestamp(seenAt))
        .bindArray("seen", Long.class, seen)
        .bindArray("scraped", Long.class, scraped)
        .execute();
  }

  /** Replaces the image rows of the given dogs. */
  void replaceImages(Collection<Long> dogIds, Collection<StoredImage> rows, Instant now) {
    if (dogIds.isEmpty()) {
      return;
    }
    handle
        .createUpdate("DELETE FROM dog_images WHERE dog_id = ANY(:ids)")
        .bindArray("ids", Long.class, dogIds)
        .execute();
    if (rows.isEmpty()) {
      return;
    }
    PreparedBatch batch =
        handle.prepareBatch(
            "INSERT INTO dog_images (dog_id, position, original_url, storage_key, stored_url,"
                + " content_sha256, width, height, created_at, updated_at) VALUES (:dogId,"
                + " :position, :originalUrl, :storageKey, :storedUrl, :sha256, :width, :height,"
                + " :now, :now)");
    for (StoredImage row : rows) {
      batch
          .bind("dogId", row.dogId())
          .bind("position", row.position())
          .bind("originalUrl", row.originalUrl())
          .bind("storageKey", row.storageKey())
          .bind("storedUrl", row.storedUrl())
          .bind("sha256", row.contentSha256())
          .bind("width", row.width())
          .bind("height", row.height())
          .bind("now", Sql.timestamp(now))
          .add();
    }
    batch.execute();
  }

  /** Writes the events; one of a kind per dog and session, so a redo adds nothing twice. */
  void insertEvents(Collection<DogEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    PreparedBatch batch =
        handle.prepareBatch(
            "INSERT INTO dog_events (dog_id, session_id, event_type, field, old_value, new_value,"
                + " occurred_at) VALUES (:dogId, :sessionId, :type, :field, CAST(:old AS jsonb),"
                + " CAST(:new AS jsonb), :at) ON CONFLICT DO NOTHING");
    for (DogEvent event : events) {
      batch
          .bind("dogId", event.dogId())
          .bind("sessionId", event.sessionId())
          .bind("type", event.type())
          .bind("field", event.field())
          .bind("old", Sql.json(event.oldValue()))
          .bind("new", Sql.json(event.newValue()))
          .bind("at", Sql.timestamp(event.occurredAt()))
          .add();
    }
    batch.execute();
  }

  private static void bindData(PreparedBatch batch, DogData data) {
    batch
        .bind("name", data.name())
        .bind("adoptionUrl", data.adoptionUrl())
        .bind("breedRaw", data.breedRaw())
        .bind("standardizedBreed", data.standardizedBreed())
        .bind("primaryBreed", data.primaryBreed())
        .bind("secondaryBreed", data.secondaryBreed())
        .bind("breedType", data.breedType())
        .bind("breedGroup", data.breedGroup())
        .bind("breedSlug", data.breedSlug())
        .bind("breedConfidence", data.breedConfidence())
        .bind("ageText", data.ageText())
        .bind("ageMinMonths", data.ageMinMonths())
        .bind("ageMaxMonths", data.ageMaxMonths())
        .bind("ageCategory", data.ageCategory())
        .bind("sex", data.sex())
        .bind("sizeRaw", data.sizeRaw())
        .bind("standardizedSize", data.standardizedSize())
        .bind("sizeSource", data.sizeSource())
        .bind("locationText", data.locationText())
        .bind("description", data.description())
        .bind("properties", Sql.json(data.properties()))
        .bind("qualityScore", data.qualityScore());
  }
}
