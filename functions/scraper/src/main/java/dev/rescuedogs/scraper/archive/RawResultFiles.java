package dev.rescuedogs.scraper.archive;

import dev.rescuedogs.core.rawresult.RawResultJson;
import dev.rescuedogs.core.rawresult.RawScrapeResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** The archive format of a raw result: its JSON document, gzipped. */
public final class RawResultFiles {

  private RawResultFiles() {}

  public static byte[] gzip(RawScrapeResult result) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      RawResultJson.write(result, gzip);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot gzip the raw result", e);
    }
    return bytes.toByteArray();
  }

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
