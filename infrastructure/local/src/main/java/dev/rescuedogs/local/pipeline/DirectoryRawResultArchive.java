package dev.rescuedogs.local.pipeline;

import dev.rescuedogs.core.rawresult.RawScrapeResult;
import dev.rescuedogs.standardize.archive.RawResultArchive;
import dev.rescuedogs.standardize.archive.RawResultFiles;
import dev.rescuedogs.standardize.archive.RawResultNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A copy of the raw bucket on disk (e.g. {@code aws s3 sync s3://BUCKET/raw DIR/raw}): the same
 * keys, {@code raw/{run_id}/{organization_id}.json.gz}, as files under one directory. The bucket
 * name is not part of the path.
 */
final class DirectoryRawResultArchive implements RawResultArchive {

  private final Path root;

  DirectoryRawResultArchive(Path root) {
    this.root = root;
  }

  @Override
  public RawScrapeResult read(String bucket, String key) {
    Path file = root.resolve(key).normalize();
    if (!file.startsWith(root.normalize())) {
      throw new IllegalArgumentException("key " + key + " leaves " + root);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return RawResultFiles.read(in);
    } catch (NoSuchFileException e) {
      throw new RawResultNotFoundException(file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  @Override
  public List<String> keysOfRun(String bucket, String runId) {
    Path run = root.resolve(RawResultArchive.runPrefix(runId));
    if (!Files.isDirectory(run)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(run)) {
      return files
          .map(file -> RawResultArchive.runPrefix(runId) + file.getFileName())
          .filter(key -> key.endsWith(".json.gz"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + run, e);
    }
  }
}
