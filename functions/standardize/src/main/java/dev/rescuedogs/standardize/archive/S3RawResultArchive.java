package dev.rescuedogs.standardize.archive;

import dev.rescuedogs.core.rawresult.RawScrapeResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/** The raw bucket on S3 (or any S3-compatible store). */
public final class S3RawResultArchive implements RawResultArchive {

  private final S3Client s3;

  public S3RawResultArchive(S3Client s3) {
    this.s3 = Objects.requireNonNull(s3, "s3");
  }

  @Override
  public RawScrapeResult read(String bucket, String key) {
    try (ResponseInputStream<GetObjectResponse> object =
        s3.getObject(request -> request.bucket(bucket).key(key))) {
      return RawResultFiles.read(object);
    } catch (NoSuchKeyException e) {
      throw new RawResultNotFoundException("s3://" + bucket + "/" + key);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read s3://" + bucket + "/" + key, e);
    }
  }

  @Override
  public List<String> keysOfRun(String bucket, String runId) {
    List<String> keys = new ArrayList<>();
    s3
        .listObjectsV2Paginator(
            request -> request.bucket(bucket).prefix(RawResultArchive.runPrefix(runId)))
        .contents()
        .stream()
        .map(S3Object::key)
        .filter(key -> key.endsWith(".json.gz"))
        .forEach(keys::add);
    keys.sort(null);
    return keys;
  }
}
