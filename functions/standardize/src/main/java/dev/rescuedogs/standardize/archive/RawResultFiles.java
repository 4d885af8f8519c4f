package dev.rescuedogs.standardize.archive;

import dev.rescuedogs.core.rawresult.RawResultJson;
import dev.rescuedogs.core.rawresult.RawScrapeResult;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Reads the archive format of a raw result: its JSON document, gzipped. */
public final class RawResultFiles {

  private RawResultFiles() {}

  /**
   * Reads a gzipped raw result.
   *
   * @throws IllegalArgumentException when the stream is not a gzipped raw result
   */
  public static RawScrapeResult read(InputStream gzipped) {
    try (GZIPInputStream json = new GZIPInputStream(gzipped)) {
      return RawResultJson.read(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a gzipped raw result: " + e.getMessage(), e);
    }
  }
}
