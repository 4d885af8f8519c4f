package dev.rescuedogs.scraper.archive;

import dev.rescuedogs.core.rawresult.RawScrapeResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The raw bucket on S3 (or any S3-compatible store). The previous run is found by listing the run
 * prefixes under {@code raw/}: run ids sort as text in time order, so the newest ones before the
 * current run are tried first.
 */
public final class S3RawResultStore implements RawResultStore {

  private static final Logger LOG = LoggerFactory.getLogger(S3RawResultStore.class);

  /** Earlier runs looked at for a complete result: enough to skip a run or two that failed. */
  private static final int PREVIOUS_RUNS_TRIED = 4;

  private final S3Client s3;
  private final String bucket;

  public S3RawResultStore(S3Client s3, String bucket) {
    this.s3 = Objects.requireNonNull(s3, "s3");
    this.bucket = Objects.requireNonNull(bucket, "bucket");
  }

  @Override
  public RawLocation locate(String runId, String organizationId) {
    return RawLocation.of(bucket, runId, organizationId);
  }

  @Override
  public boolean exists(RawLocation location) {
    try {
      s3.headObject(request -> request.bucket(location.bucket()).key(location.key()));
      return true;
    } catch (NoSuchKeyException e) {
      return false;
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public void write(RawLocation location, RawScrapeResult result) {
    s3.putObject(
        request ->
            request.bucket(location.bucket()).key(location.key()).contentType("application/gzip"),
        RequestBody.fromBytes(RawResultFiles.gzip(result)));
  }

  @Override
  public Optional<RawScrapeResult> previousComplete(String organizationId, String runId) {
    try {
      for (String earlierRun : earlierRuns(runId)) {
        RawLocation location = RawLocation.of(bucket, earlierRun, organizationId);
        try (ResponseInputStream<GetObjectResponse> object =
            s3.getObject(request -> request.bucket(bucket).key(location.key()))) {
          RawScrapeResult result = RawResultFiles.read(object);
          if (result.isComplete()) {
            return Optional.of(result);
          }
        } catch (NoSuchKeyException e) {
          // the organization was not scraped in that run
        }
      }
    } catch (SdkException | IllegalArgumentException | IOException e) {
      LOG.warn(
          "cannot read the previous raw result of {}; scraping without validators",
          organizationId,
          e);
    }
    return Optional.empty();
  }

  private List<String> earlierRuns(String runId) {
    List<String> runs = new ArrayList<>();
    for (ListObjectsV2Response page :
        s3.listObjectsV2Paginator(
            request -> request.bucket(bucket).prefix("raw/").delimiter("/"))) {
      for (CommonPrefix prefix : page.commonPrefixes()) {
        String run = prefix.prefix().substring("raw/".length(), prefix.prefix().length() - 1);
        if (run.compareTo(runId) < 0) {
          runs.add(run);
        }
      }
    }
    runs.sort(Comparator.reverseOrder());
    return runs.subList(0, Math.min(PREVIOUS_RUNS_TRIED, runs.size()));
  }
}
