package dev.rescuedogs.store.images;

import static dev.rescuedogs.store.StoreFixtures.config;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.rawresult.FoundDog;
import dev.rescuedogs.core.rawresult.ListingCompleteness;
import dev.rescuedogs.core.rawresult.Outcome;
import dev.rescuedogs.core.rawresult.RawScrapeResult;
import dev.rescuedogs.core.status.DogStatus;
import dev.rescuedogs.store.connection.Database;
import dev.rescuedogs.store.ingest.IngestReport;
import dev.rescuedogs.store.ingest.RunIngestor;
import dev.rescuedogs.store.migration.Migrations;
import dev.rescuedogs.store.organization.OrganizationSync;
import dev.rescuedogs.store.testing.TestDatabase;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ImageSyncTest {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  private static final String CDN = "https://cdn.example.org/";
  private static final Instant WEEK_1 = Instant.parse("2026-10-05T15:00:00Z");
  private static final long MAX_BYTES = 50_000;

  private static final byte[] JPEG = FakeImages.encoded("jpg", 40, 30, 1);
  private static final byte[] PNG = FakeImages.encoded("png", 20, 10, 2);
  private static final byte[] GIF = FakeImages.encoded("gif", 8, 6, 3);

  private Jdbi jdbi;
  private RunIngestor ingestor;
  private FakeImages.Source source;
  private FakeImages.Bucket bucket;
  private ImageSync sync;

  @BeforeEach
  void setUp() {
    Migrations.migrate(db.dataSource());
    jdbi = Database.jdbi(db.dataSource());
    jdbi.useHandle(
        handle ->
            handle.execute(
                "TRUNCATE organizations, dogs, dog_images, scrape_sessions, dog_events"
                    + " RESTART IDENTITY CASCADE"));
    new OrganizationSync(db.dataSource()).sync(List.of(config("happy-paws", "Happy Paws")));
    ingestor = new RunIngestor(db.dataSource(), Clock.systemUTC());
    byte[] oversized = Arrays.copyOf(JPEG, (int) MAX_BYTES + 1);
    source =
        new FakeImages.Source()
            .serve(CDN + "a.jpg", JPEG, "image/jpeg")
            .serve(CDN + "b.png", PNG, "image/png")
            .serve(CDN + "copy-of-a.jpg", JPEG, "image/jpeg")
            .serve(CDN + "page.jpg", "<html>Not found</html>".getBytes(UTF_8), "text/html")
            .serve(CDN + "big.jpg", oversized, "image/jpeg")
            .serve(CDN + "octet", GIF, "application/octet-stream")
            .fail(CDN + "broken.jpg", new IOException("connection reset"));
    bucket = new FakeImages.Bucket();
    sync =
        new ImageSync(db.dataSource(), source, bucket, new ImageSyncSettings(MAX_BYTES, 1000, 3));
  }

  private static RawDog dog(String id, String... images) {
    RawDog.Builder builder =
        RawDog.builder()
            .externalId(id)
            .name("Dog " + id)
            .adoptionUrl("https://happy-paws.example.org/dogs/" + id);
    for (String image : images) {
      builder.imageUrl(CDN + image);
    }
    return builder.build();
  }

  private IngestReport ingest(String runId, Instant startedAt, List<RawDog> dogs) {
    List<FoundDog> found = new ArrayList<>();
    dogs.forEach(d -> found.add(new FoundDog(d.externalId(), null, DogStatus.AVAILABLE, null)));
    return ingestor.ingest(
        new RawScrapeResult(
            RawScrapeResult.SCHEMA_VERSION,
            "happy-paws",
            runId,
            "1",
            startedAt,
            startedAt.plusSeconds(60),
            Outcome.COMPLETE,
            null,
            new ListingCompleteness(1, 1, 0),
            found,
            dogs,
            List.of(),
            List.of(),
            null,
            Map.of()),
        null);
  }

  private List<RawDog> firstRunDogs() {
    return List.of(
        dog("a", "a.jpg", "b.png"),
        dog("b", "copy-of-a.jpg"),
        dog("c", "page.jpg"),
        dog("d", "big.jpg"),
        dog("e", "broken.jpg"),
        dog("f", "octet"));
  }

  @Test
  void storesEveryNewImageOnceUnderItsContentHash() {
    long session = ingest("run-1", WEEK_1, firstRunDogs()).sessionId();

    ImageSyncReport report = sync.syncSession(session);

    assertThat(report.pending()).isEqualTo(7);
    assertThat(report.uploaded()).isEqualTo(3);
    assertThat(report.reused()).isEqualTo(1);
    assertThat(report.failed()).isEqualTo(3);
    assertThat(report.failuresByReason())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("not_an_image", 1, "too_large", 1, "download_failed", 1));
    assertThat(report.failures())
        .extracting(ImageSyncReport.ImageFailure::url)
        .containsExactlyInAnyOrder(CDN + "page.jpg", CDN + "big.jpg", CDN + "broken.jpg");

    String jpegKey = "dogs/" + sha256(JPEG) + ".jpg";
    String pngKey = "dogs/" + sha256(PNG) + ".png";
    String gifKey = "dogs/" + sha256(GIF) + ".gif";
    assertThat(bucket.puts).containsExactlyInAnyOrder(jpegKey, pngKey, gifKey);
    assertThat(bucket.contentTypes)
        .containsEntry(jpegKey, "image/jpeg")
        .containsEntry(pngKey, "image/png")
        .containsEntry(gifKey, "image/gif");

    assertThat(imageRow("a.jpg"))
        .containsEntry("storage_key", jpegKey)
        .containsEntry("stored_url", "https://images.example.org/" + jpegKey)
        .containsEntry("content_sha256", sha256(JPEG))
        .containsEntry("width", 40)
        .containsEntry("height", 30);
    assertThat((String) imageRow("a.jpg").get("placeholder")).startsWith("data:image/jpeg;base64,");
    // Same bytes under another URL: the same stored object.
    assertThat(imageRow("copy-of-a.jpg"))
        .containsEntry("storage_key", jpegKey)
        .containsEntry("placeholder", imageRow("a.jpg").get("placeholder"));
    assertThat(imageRow("b.png")).containsEntry("width", 20).containsEntry("height", 10);
    assertThat(imageRow("octet")).containsEntry("storage_key", gifKey).containsEntry("width", 8);
    assertThat(imageRow("page.jpg")).containsEntry("storage_key", null);
    assertThat(imageRow("big.jpg")).containsEntry("storage_key", null);

    Map<String, Object> sessionRow = session(session);
    assertThat(sessionRow).containsEntry("images_uploaded", 3).containsEntry("images_failed", 3);
    assertThat((String) sessionRow.get("metrics_json")).contains("\"images_reused\": 1");
    // Image failures never touch the dogs.
    assertThat(count("SELECT count(*) FROM dogs WHERE status = 'available' AND active"))
        .isEqualTo(6);
  }

  @Test
  void storedImagesAreNeitherDownloadedNorUploadedAgain() {
    long first = ingest("run-1", WEEK_1, firstRunDogs()).sessionId();
    sync.syncSession(first);
    source.recover(CDN + "broken.jpg").serve(CDN + "broken.jpg", PNG, "image/png");

    // Same session again: only the failed images are tried; broken.jpg now works.
    ImageSyncReport retry = sync.syncSession(first);
    assertThat(retry.pending()).isEqualTo(3);
    assertThat(retry.uploaded()).isZero();
    assertThat(retry.reused()).isEqualTo(1);
    assertThat(retry.failed()).isEqualTo(2);
    assertThat(session(first))
        .containsEntry("images_uploaded", 3)
        .containsEntry("images_failed", 2);

    // Next week: unchanged URLs keep their copies; a new dog showing an already stored URL reuses
    // it without a download.
    List<RawDog> secondRun = new ArrayList<>(firstRunDogs());
    secondRun.add(dog("g", "a.jpg"));
    long second = ingest("run-2", WEEK_1.plus(Duration.ofDays(7)), secondRun).sessionId();
    ImageSyncReport next = sync.syncSession(second);

    assertThat(next.pending()).isEqualTo(3);
    assertThat(next.reused()).isEqualTo(1);
    assertThat(next.uploaded()).isZero();
    assertThat(source.downloads)
        .containsEntry(CDN + "a.jpg", 1)
        .containsEntry(CDN + "b.png", 1)
        .containsEntry(CDN + "octet", 1)
        .containsEntry(CDN + "copy-of-a.jpg", 1);
    assertThat(bucket.puts).hasSize(3);
    assertThat(
            count(
                "SELECT count(*) FROM dog_images i JOIN dogs d ON d.id = i.dog_id"
                    + " WHERE d.external_id = 'g' AND storage_key = 'dogs/"
                    + sha256(JPEG)
                    + ".jpg'"))
        .isEqualTo(1);
  }

  @Test
  void anObjectAlreadyInTheBucketIsNotUploadedAgain() {
    String key = "dogs/" + sha256(JPEG) + ".jpg";
    bucket.objects.put(key, JPEG);
    long session =
        ingest("run-1", WEEK_1, List.of(dog("a", "a.jpg"), dog("b", "b.png"), dog("c", "b.png")))
            .sessionId();

    ImageSyncReport report = sync.syncSession(session);

    assertThat(report.uploaded()).isEqualTo(1);
    assertThat(report.reused()).isEqualTo(1);
    assertThat(bucket.puts).containsExactly("dogs/" + sha256(PNG) + ".png");
    assertThat(imageRow("a.jpg")).containsEntry("storage_key", key);
    // One URL shared by two dogs: downloaded once, both rows stored.
    assertThat(source.downloads).containsEntry(CDN + "b.png", 1);
    assertThat(count("SELECT count(*) FROM dog_images WHERE storage_key IS NOT NULL")).isEqualTo(3);
  }

  @Test
  void uploadFailuresAreCountedAndLeaveTheImagesPending() {
    bucket.failPuts = true;
    long session =
        ingest("run-1", WEEK_1, List.of(dog("a", "a.jpg"), dog("b", "b.png"), dog("c", "octet")))
            .sessionId();

    ImageSyncReport report = sync.syncSession(session);

    assertThat(report.failed()).isEqualTo(3);
    assertThat(report.failuresByReason()).containsExactlyEntriesOf(Map.of("upload_failed", 3));
    assertThat(session(session))
        .containsEntry("images_uploaded", 0)
        .containsEntry("images_failed", 3);
    assertThat(count("SELECT count(*) FROM dog_images WHERE storage_key IS NULL")).isEqualTo(3);
    assertThat(count("SELECT count(*) FROM dogs")).isEqualTo(3);
  }

  @Test
  void aCappedSyncStoresPrimaryImagesFirst() {
    ImageSync capped =
        new ImageSync(db.dataSource(), source, bucket, new ImageSyncSettings(MAX_BYTES, 2, 1));
    long session =
        ingest(
                "run-1",
                WEEK_1,
                List.of(dog("a", "octet", "a.jpg"), dog("b", "b.png"), dog("c", "b.png")))
            .sessionId();

    ImageSyncReport report = capped.syncSession(session);

    assertThat(report.pending()).isEqualTo(2);
    assertThat(source.downloads.keySet()).containsExactlyInAnyOrder(CDN + "octet", CDN + "b.png");
  }

  @Test
  void anUnknownSessionIsRefused() {
    assertThatThrownBy(() -> sync.syncSession(12345))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("12345");
  }

  private Map<String, Object> imageRow(String image) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT * FROM dog_images WHERE original_url = :url ORDER BY id LIMIT 1")
                .bind("url", CDN + image)
                .mapToMap()
                .one());
  }

  private Map<String, Object> session(long id) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT s.*, metrics::text AS metrics_json FROM scrape_sessions s WHERE id ="
                        + " :id")
                .bind("id", id)
                .mapToMap()
                .one());
  }

  private long count(String sql) {
    return jdbi.withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
