package dev.rescuedogs.scraper.archive;

import dev.rescuedogs.core.rawresult.RawScrapeResult;
import java.io.ByteArrayInputStream;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The raw bucket as a map of gzipped documents, for tests. */
public final class MemoryRawResultStore implements RawResultStore {

  public static final String BUCKET = "rescue-dogs-raw";

  private final Map<String, byte[]> objects = new TreeMap<>();

  @Override
  public RawLocation locate(String runId, String organizationId) {
    return RawLocation.of(BUCKET, runId, organizationId);
  }

  @Override
  public boolean exists(RawLocation location) {
    return objects.containsKey(location.key());
  }

  @Override
  public void write(RawLocation location, RawScrapeResult result) {
    objects.put(location.key(), RawResultFiles.gzip(result));
  }

  @Override
  public Optional<RawScrapeResult> previousComplete(String organizationId, String runId) {
    return objects.keySet().stream()
        .filter(key -> key.endsWith("/" + organizationId + ".json.gz"))
        .filter(key -> key.compareTo(RawLocation.prefix(runId)) < 0)
        .sorted(Comparator.reverseOrder())
        .map(this::read)
        .filter(RawScrapeResult::isComplete)
        .findFirst();
  }

  /** The archived result at a key. */
  public RawScrapeResult read(String key) {
    byte[] bytes = objects.get(key);
    if (bytes == null) {
      throw new IllegalArgumentException("nothing archived at " + key);
    }
    return RawResultFiles.read(new ByteArrayInputStream(bytes));
  }

  public Map<String, byte[]> objects() {
    return objects;
  }
}
