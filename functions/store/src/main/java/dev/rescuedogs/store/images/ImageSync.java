package dev.rescuedogs.store.images;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rescuedogs.store.connection.Database;
import dev.rescuedogs.store.images.ImageSyncReport.ImageFailure;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Copies the images of a session's dogs to the image bucket under content-addressed keys, {@code
 * dogs/{sha256}.{ext}}.
 *
 * <ul>
 *   <li>Only images without a stored copy are handled: an unchanged original URL keeps its copy
 *       (the ingestion carries it over) and is never downloaded again; a URL another dog already
 *       has a copy of is reused without a download.
 *   <li>Bytes already stored under their hash (in the table or in the bucket) are not uploaded
 *       again.
 *   <li>Only JPEG, PNG, WebP, GIF and AVIF bodies of at most the size cap are accepted, recognised
 *       by their leading bytes; a declared non-image content type (an HTML error page) is refused.
 *   <li>A failed image is counted and left without a copy (the next sync tries again); it never
 *       touches the dog's data.
 * </ul>
 */
public final class ImageSync {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int REPORTED_FAILURES = 50;

  private final Jdbi jdbi;
  private final ImageSource source;
  private final ImageBucket bucket;
  private final ImageSyncSettings settings;
  private final Clock clock;

  public ImageSync(DataSource dataSource, ImageSource source, ImageBucket bucket) {
    this(dataSource, source, bucket, ImageSyncSettings.defaults());
  }

  public ImageSync(
      DataSource dataSource, ImageSource source, ImageBucket bucket, ImageSyncSettings settings) {
    this(dataSource, source, bucket, settings, Clock.systemUTC());
  }

  public ImageSync(
      DataSource dataSource,
      ImageSource source,
      ImageBucket bucket,
      ImageSyncSettings settings,
      Clock clock) {
    this.jdbi = Database.jdbi(Objects.requireNonNull(dataSource, "dataSource"));
    this.source = Objects.requireNonNull(source, "source");
    this.bucket = Objects.requireNonNull(bucket, "bucket");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A stored copy of an image. */
  private record StoredCopy(
      String storageKey,
      String storedUrl,
      String sha256,
      Integer width,
      Integer height,
      String placeholder) {}

  /** The outcome for one original URL: a copy, or a failure. */
  private record Outcome(
      String url, StoredCopy copy, boolean uploaded, String failure, String message) {

    static Outcome failed(String url, String reason, String message) {
      return new Outcome(url, null, false, reason, message);
    }
  }

  /**
   * Stores the images of the dogs seen in the session that have no stored copy yet.
   *
   * @throws IllegalArgumentException when there is no such session
   */
  public ImageSyncReport syncSession(long sessionId) {
    try (Handle handle = jdbi.open()) {
      requireSession(handle, sessionId);
      List<String> pending = pendingUrls(handle, sessionId);
      Map<String, StoredCopy> byUrl = storedByUrl(handle, pending);
      Lookup lookup = new Lookup(handle);

      List<Outcome> outcomes = new ArrayList<>(pending.size());
      List<String> toDownload = new ArrayList<>();
      for (String url : pending) {
        StoredCopy known = byUrl.get(url);
        if (known != null) {
          outcomes.add(new Outcome(url, known, false, null, null));
        } else {
          toDownload.add(url);
        }
      }
      outcomes.addAll(download(toDownload, lookup));

      int uploaded = 0;
      int reused = 0;
      Map<String, Integer> failuresByReason = new TreeMap<>();
      List<ImageFailure> failures = new ArrayList<>();
      for (Outcome outcome : outcomes) {
        if (outcome.copy() == null) {
          failuresByReason.merge(outcome.failure(), 1, Integer::sum);
          if (failures.size() < REPORTED_FAILURES) {
            failures.add(new ImageFailure(outcome.url(), outcome.failure(), outcome.message()));
          }
        } else if (outcome.uploaded()) {
          uploaded++;
        } else {
          reused++;
        }
      }
      int failed = outcomes.size() - uploaded - reused;
      record(handle, sessionId, outcomes, uploaded, reused, failed, failuresByReason);
      return new ImageSyncReport(
          sessionId, pending.size(), uploaded, reused, failed, failuresByReason, failures);
    }
  }

  private static void requireSession(Handle handle, long sessionId) {
    boolean exists =
        handle
                .createQuery("SELECT count(*) FROM scrape_sessions WHERE id = :id")
                .bind("id", sessionId)
                .mapTo(Integer.class)
                .one()
            > 0;
    if (!exists) {
      throw new IllegalArgumentException("no scrape session " + sessionId);
    }
  }

  /**
   * Distinct original URLs without a stored copy among the dogs the session saw; primary images
   * first, so that a capped call stores what the catalog shows first.
   */
  private List<String> pendingUrls(Handle handle, long sessionId) {
    return handle
        .createQuery(
            "SELECT i.original_url FROM dog_images i JOIN dogs d ON d.id = i.dog_id"
                + " JOIN scrape_sessions s ON s.organization_id = d.organization_id"
                + " WHERE s.id = :session AND i.storage_key IS NULL"
                + " AND d.last_seen_at >= s.started_at"
                + " GROUP BY i.original_url ORDER BY min(i.position), i.original_url"
                + " LIMIT :limit")
        .bind("session", sessionId)
        .bind("limit", settings.maxImages())
        .mapTo(String.class)
        .list();
  }

  private static Map<String, StoredCopy> storedByUrl(Handle handle, List<String> urls) {
    Map<String, StoredCopy> copies = new HashMap<>();
    if (urls.isEmpty()) {
      return copies;
    }
    handle
        .createQuery(
            "SELECT DISTINCT ON (original_url) original_url, storage_key, stored_url,"
                + " content_sha256, width, height, placeholder FROM dog_images"
                + " WHERE original_url = ANY(:urls) AND storage_key IS NOT NULL"
                + " ORDER BY original_url, updated_at DESC")
        .bindArray("urls", String.class, urls)
        .map((rs, ctx) -> Map.entry(rs.getString("original_url"), copy(rs)))
        .forEach(entry -> copies.put(entry.getKey(), entry.getValue()));
    return copies;
  }

  private static StoredCopy copy(ResultSet rs) throws SQLException {
    return new StoredCopy(
        rs.getString("storage_key"),
        rs.getString("stored_url"),
        rs.getString("content_sha256"),
        rs.getObject("width", Integer.class),
        rs.getObject("height", Integer.class),
        rs.getString("placeholder"));
  }

  /**
   * Copies known by hash, from the table and from this call's own uploads. Queries are serialized
   * because the download threads share one handle.
   */
  private static final class Lookup {
    private final Handle handle;
    private final Map<String, StoredCopy> byHash = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    Lookup(Handle handle) {
      this.handle = handle;
    }

    Object lockFor(String sha256) {
      return locks.computeIfAbsent(sha256, hash -> new Object());
    }

    synchronized Optional<StoredCopy> byHash(String sha256) {
      StoredCopy known = byHash.get(sha256);
      if (known != null) {
        return Optional.of(known);
      }
      return handle
          .createQuery(
              "SELECT storage_key, stored_url, content_sha256, width, height, placeholder"
                  + " FROM dog_images"
                  + " WHERE content_sha256 = :sha AND storage_key IS NOT NULL LIMIT 1")
          .bind("sha", sha256)
          .map((rs, ctx) -> copy(rs))
          .findOne();
    }

    synchronized void remember(StoredCopy copy) {
      byHash.put(copy.sha256(), copy);
    }
  }

  private List<Outcome> download(List<String> urls, Lookup lookup) {
    if (urls.isEmpty()) {
      return List.of();
    }
    if (settings.parallelism() == 1 || urls.size() == 1) {
      return urls.stream().map(url -> store(url, lookup)).toList();
    }
    ExecutorService executor =
        Executors.newFixedThreadPool(Math.min(settings.parallelism(), urls.size()));
    try {
      List<Future<Outcome>> futures = new ArrayList<>(urls.size());
      for (String url : urls) {
        futures.add(executor.submit(() -> store(url, lookup)));
      }
      List<Outcome> outcomes = new ArrayList<>(urls.size());
      Iterator<String> url = urls.iterator();
      for (Future<Outcome> future : futures) {
        String current = url.next();
        try {
          outcomes.add(future.get());
        } catch (ExecutionException e) {
          outcomes.add(Outcome.failed(current, "upload_failed", String.valueOf(e.getCause())));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while storing images", e);
        }
      }
      return outcomes;
    } finally {
      executor.shutdownNow();
    }
  }

  /** Downloads, checks and stores one image. */
  private Outcome store(String url, Lookup lookup) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return Outcome.failed(url, "invalid_url", e.getMessage());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if ((!scheme.equals("http") && !scheme.equals("https")) || uri.getHost() == null) {
      return Outcome.failed(url, "invalid_url", "not an absolute http(s) URL");
    }

    DownloadedImage image;
    try {
      image = source.download(uri, settings.maxBytes());
    } catch (ImageTooLargeException e) {
      return Outcome.failed(url, "too_large", e.getMessage());
    } catch (IOException | RuntimeException e) {
      return Outcome.failed(url, "download_failed", String.valueOf(e));
    }
    if (image.bytes().length > settings.maxBytes()) {
      return Outcome.failed(
          url, "too_large", image.bytes().length + " bytes, more than " + settings.maxBytes());
    }
    ImageType type = ImageType.detect(image.bytes());
    if (type == null || !ImageType.declaredAsPossibleImage(image.contentType())) {
      return Outcome.failed(
          url,
          "not_an_image",
          "content type " + image.contentType() + ", " + image.bytes().length + " bytes");
    }

    String sha256 = sha256(image.bytes());
    String key = "dogs/" + sha256 + "." + type.extension();
    ImagePreview preview = ImagePreview.of(image.bytes());
    // One thread per hash at a time: two URLs with the same bytes must not both be uploaded.
    synchronized (lookup.lockFor(sha256)) {
      Optional<StoredCopy> known = lookup.byHash(sha256);
      if (known.isPresent()) {
        return new Outcome(url, known.get(), false, null, null);
      }
      String publicUrl = bucket.publicUrl(key);
      if (publicUrl == null || !publicUrl.matches("(?i)^https?://.+")) {
        return Outcome.failed(url, "upload_failed", "the bucket's public URL is not http(s)");
      }
      boolean uploaded;
      try {
        uploaded = !bucket.exists(key);
        if (uploaded) {
          bucket.put(key, image.bytes(), type.mediaType());
        }
      } catch (IOException | RuntimeException e) {
        return Outcome.failed(url, "upload_failed", String.valueOf(e));
      }
      StoredCopy copy =
          new StoredCopy(
              key,
              publicUrl.substring(0, publicUrl.indexOf("://")).toLowerCase(Locale.ROOT)
                  + publicUrl.substring(publicUrl.indexOf("://")),
              sha256,
              preview == null ? null : preview.width(),
              preview == null ? null : preview.height(),
              preview == null ? null : preview.placeholder());
      lookup.remember(copy);
      return new Outcome(url, copy, uploaded, null, null);
    }
  }

  /** Writes the copies to every image row with their URL, and the counts to the session. */
  private void record(
      Handle handle,
      long sessionId,
      List<Outcome> outcomes,
      int uploaded,
      int reused,
      int failed,
      Map<String, Integer> failuresByReason) {
    OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    handle.useTransaction(
        transaction -> {
          PreparedBatch batch =
              transaction.prepareBatch(
                  "UPDATE dog_images SET storage_key = :key, stored_url = :url,"
                      + " content_sha256 = :sha, width = :width, height = :height,"
                      + " placeholder = :placeholder, updated_at = :now"
                      + " WHERE original_url = :original"
                      + " AND storage_key IS NULL");
          int rows = 0;
          for (Outcome outcome : outcomes) {
            if (outcome.copy() == null) {
              continue;
            }
            StoredCopy copy = outcome.copy();
            batch
                .bind("key", copy.storageKey())
                .bind("url", copy.storedUrl())
                .bind("sha", copy.sha256())
                .bind("width", copy.width())
                .bind("height", copy.height())
                .bind("placeholder", copy.placeholder())
                .bind(
                    "now",
                    (Argument) (position, statement, ctx) -> statement.setObject(position, now))
                .bind("original", outcome.url())
                .add();
            rows++;
          }
          if (rows > 0) {
            batch.execute();
          }
          Map<String, Object> metrics = new LinkedHashMap<>();
          metrics.put("images_reused", reused);
          metrics.put("images_failed_by_reason", failuresByReason);
          transaction
              .createUpdate(
                  "UPDATE scrape_sessions SET images_uploaded = images_uploaded + :uploaded,"
                      + " images_failed = :failed, metrics = metrics || CAST(:metrics AS jsonb)"
                      + " WHERE id = :id")
              .bind("id", sessionId)
              .bind("uploaded", uploaded)
              .bind("failed", failed)
              .bind("metrics", json(metrics))
              .execute();
        });
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
