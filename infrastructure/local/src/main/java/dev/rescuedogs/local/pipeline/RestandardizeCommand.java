package dev.rescuedogs.local.pipeline;

import dev.rescuedogs.local.database.DatabaseOptions;
import dev.rescuedogs.local.database.LocalDatabase;
import dev.rescuedogs.standardize.archive.RawResultArchive;
import dev.rescuedogs.standardize.archive.S3RawResultArchive;
import dev.rescuedogs.standardize.aws.AwsClients;
import dev.rescuedogs.standardize.run.Restandardizer;
import dev.rescuedogs.store.ingest.RestandardizeReport;
import dev.rescuedogs.store.ingest.RunIngestor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code restandardize}: re-applies the current standardization rules to a run's archived raw
 * results, without touching the sites. The run must have been ingested; its session counts stay as
 * they were, and only real changes are written (with history events).
 */
@Command(
    name = "restandardize",
    description =
        "Re-apply the current standardization rules to a run's archived raw results (the raw"
            + " bucket, or a copy of it on disk). Exit code 1 when an organization failed.",
    mixinStandardHelpOptions = true)
public final class RestandardizeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin DatabaseOptions databaseOptions;

  @Option(
      names = "--run",
      required = true,
      paramLabel = "RUN_ID",
      description = "The run, e.g. 20261130T150000Z.")
  String runId;

  @Option(
      names = "--org",
      paramLabel = "ID",
      description = "Only this organization (default: all of the run's).")
  String organizationId;

  @ArgGroup(exclusive = true)
  Source source = new Source();

  @Option(
      names = "--endpoint-url",
      paramLabel = "URL",
      description =
          "The raw bucket's S3 endpoint, e.g. a local S3-compatible server"
              + " (default: AWS_ENDPOINT_URL_S3, else AWS).")
  String endpointUrl;

  static final class Source {
    @Option(
        names = "--raw-bucket",
        paramLabel = "NAME",
        description =
            "The raw bucket (default: RAW_BUCKET). Endpoint and region from AWS_ENDPOINT_URL_S3,"
                + " AWS_REGION and the default credentials.")
    String bucket;

    @Option(
        names = "--raw-dir",
        paramLabel = "DIR",
        description = "A copy of the raw bucket on disk: DIR/raw/RUN_ID/ORG.json.gz.")
    Path directory;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String bucket = source.directory != null ? source.directory.toString() : bucket();
    S3Client s3 = source.directory == null ? AwsClients.s3(s3Environment()) : null;
    try (LocalDatabase database = LocalDatabase.open(databaseOptions)) {
      database.migrate();
      RawResultArchive archive =
          s3 == null ? new DirectoryRawResultArchive(source.directory) : new S3RawResultArchive(s3);
      List<Restandardizer.Result> results =
          new Restandardizer(archive, new RunIngestor(database.dataSource(), Clock.systemUTC()))
              .restandardize(bucket, runId, organizationId);
      int failed = 0;
      for (Restandardizer.Result result : results) {
        if (result.report() == null) {
          failed++;
          spec.commandLine().getErr().println(result.key() + ": failed: " + result.error());
        } else {
          out.println(describe(result.report()));
        }
      }
      out.printf("Run %s: %d re-standardized, %d failed%n", runId, results.size() - failed, failed);
      out.flush();
      spec.commandLine().getErr().flush();
      return failed == 0 ? 0 : 1;
    } finally {
      if (s3 != null) {
        s3.close();
      }
    }
  }

  private Map<String, String> s3Environment() {
    Map<String, String> env = new HashMap<>(System.getenv());
    if (endpointUrl != null) {
      env.put("AWS_ENDPOINT_URL_S3", endpointUrl);
    }
    return env;
  }

  private String bucket() {
    String bucket = source.bucket != null ? source.bucket : System.getenv("RAW_BUCKET");
    if (bucket == null || bucket.isBlank()) {
      throw new ParameterException(
          spec.commandLine(),
          "name the raw results: --raw-bucket NAME (or RAW_BUCKET) or --raw-dir DIR");
    }
    return bucket;
  }

  private static String describe(RestandardizeReport report) {
    return String.format(
        "%s: %d considered, %d updated, %d unchanged, %d skipped (newer data), %d not stored,"
            + " %d rejected%s",
        report.organizationId(),
        report.dogsConsidered(),
        report.dogsUpdated(),
        report.dogsUnchanged(),
        report.dogsSkippedNewerData(),
        report.dogsNotStored(),
        report.dogsRejected(),
        report.rejectedByReason().isEmpty() ? "" : " " + report.rejectedByReason());
  }
}
