package dev.rescuedogs.standardize.testing;

import dev.rescuedogs.core.rawresult.RawResultJson;
import dev.rescuedogs.core.rawresult.RawScrapeResult;
import dev.rescuedogs.standardize.archive.RawResultArchive;
import dev.rescuedogs.standardize.archive.RawResultFiles;
import dev.rescuedogs.standardize.archive.RawResultNotFoundException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/** The raw bucket as a map of gzipped documents, for tests. */
public final class MemoryRawResultArchive implements RawResultArchive {

  public static final String BUCKET = "rescue-dogs-raw";

  private final Map<String, byte[]> objects = new TreeMap<>();

  /** Archives a raw result where the scraper would; returns its key. */
  public String put(RawScrapeResult result) {
    String key = RawResultArchive.key(result.runId(), result.organizationId());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      RawResultJson.write(result, gzip);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    objects.put(key, bytes.toByteArray());
    return key;
  }

  @Override
  public RawScrapeResult read(String bucket, String key) {
    byte[] bytes = BUCKET.equals(bucket) ? objects.get(key) : null;
    if (bytes == null) {
      throw new RawResultNotFoundException("s3://" + bucket + "/" + key);
    }
    return RawResultFiles.read(new ByteArrayInputStream(bytes));
  }

  @Override
  public List<String> keysOfRun(String bucket, String runId) {
    return objects.keySet().stream()
        .filter(key -> BUCKET.equals(bucket) && key.startsWith(RawResultArchive.runPrefix(runId)))
        .toList();
  }
}
