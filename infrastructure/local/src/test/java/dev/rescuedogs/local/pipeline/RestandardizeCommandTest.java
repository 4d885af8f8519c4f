package dev.rescuedogs.local.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.rawresult.FoundDog;
import dev.rescuedogs.core.rawresult.ListingCompleteness;
import dev.rescuedogs.core.rawresult.Outcome;
import dev.rescuedogs.core.rawresult.RawScrapeResult;
import dev.rescuedogs.core.status.DogStatus;
import dev.rescuedogs.local.RescueDogsCommand;
import dev.rescuedogs.local.stack.LocalStack;
import dev.rescuedogs.organizations.OrganizationConfigs;
import dev.rescuedogs.scraper.archive.RawResultFiles;
import dev.rescuedogs.scraper.archive.S3RawResultStore;
import dev.rescuedogs.store.connection.Database;
import dev.rescuedogs.store.ingest.RunIngestor;
import dev.rescuedogs.store.migration.Migrations;
import dev.rescuedogs.store.organization.OrganizationSync;
import dev.rescuedogs.store.testing.TestDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code rescuedogs restandardize}, run in-process as an operator would. */
class RestandardizeCommandTest {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  private static final String RUN = "20261130T150000Z";

  record Result(int exitCode, String out, String err) {}

  @BeforeAll
  static void ingestARun() {
    Migrations.migrate(db.dataSource());
    new OrganizationSync(db.dataSource()).sync(OrganizationConfigs.loadBundled());
    RunIngestor ingestor = new RunIngestor(db.dataSource(), Clock.systemUTC());
    ingestor.ingest(raw("rean", "Louis", "Teddy", "Bobby"), null);
    ingestor.ingest(raw("misisrescue", "Maza", "Lola", "Pixel"), null);
    // The archived ages read "2 years" now; the rows were written from "3 years" results before a
    // rule change, which a replay of these results corrects.
    Database.jdbi(db.dataSource())
        .useHandle(h -> h.execute("UPDATE dogs SET age_min_months = NULL, age_max_months = NULL"));
  }

  @Test
  void restandardizesEveryOrganizationOfTheRunFromACopyOnDisk(@TempDir Path dir)
      throws IOException {
    archive(dir, raw("rean", "Louis", "Teddy", "Bobby"));
    archive(dir, raw("misisrescue", "Maza", "Lola", "Pixel"));

    Result result =
        run(
            "restandardize",
            "--run",
            RUN,
            "--raw-dir",
            dir.toString(),
            "--database-url",
            db.databaseUrl());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .containsPattern("(?m)^misisrescue: 3 considered, 3 updated, 0 unchanged, .*$")
        .containsPattern("(?m)^rean: 3 considered, \\d+ updated, .*$")
        .contains("Run " + RUN + ": 2 re-standardized, 0 failed");
    int withoutAge =
        Database.jdbi(db.dataSource())
            .withHandle(
                h ->
                    h.createQuery("SELECT count(*) FROM dogs WHERE age_min_months IS NULL")
                        .mapTo(Integer.class)
                        .one());
    assertThat(withoutAge).isZero();
  }

  @Test
  void restandardizesOneOrganizationFromTheRawBucket() {
    System.setProperty("aws.accessKeyId", "local");
    System.setProperty("aws.secretAccessKey", "local");
    try (LocalStack stack = LocalStack.start()) {
      S3RawResultStore bucket = new S3RawResultStore(stack.s3(), LocalStack.RAW_BUCKET);
      bucket.write(bucket.locate(RUN, "rean"), raw("rean", "Louis", "Teddy", "Bobby"));
      bucket.write(bucket.locate(RUN, "misisrescue"), raw("misisrescue", "Maza", "Lola", "Pixel"));

      Result result =
          run(
              "restandardize",
              "--run",
              RUN,
              "--org",
              "rean",
              "--raw-bucket",
              LocalStack.RAW_BUCKET,
              "--endpoint-url",
              stack.s3Endpoint().toString(),
              "--database-url",
              db.databaseUrl());

      assertThat(result.exitCode()).as(result.err()).isZero();
      assertThat(result.out()).startsWith("rean: 3 considered").doesNotContain("misisrescue");
    } finally {
      System.clearProperty("aws.accessKeyId");
      System.clearProperty("aws.secretAccessKey");
    }
  }

  @Test
  void failsClearlyWhenNothingOfTheRunIsArchived(@TempDir Path dir) {
    Result result =
        run(
            "restandardize",
            "--run",
            "20200106T150000Z",
            "--raw-dir",
            dir.toString(),
            "--database-url",
            db.databaseUrl());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("no raw result of run 20200106T150000Z is archived");
  }

  @Test
  void reportsAnOrganizationWhoseRunWasNeverIngested(@TempDir Path dir) throws IOException {
    archive(dir, raw("dogstrust", "Max", "Rex", "Nala"));

    Result result =
        run(
            "restandardize",
            "--run",
            RUN,
            "--raw-dir",
            dir.toString(),
            "--database-url",
            db.databaseUrl());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("raw/" + RUN + "/dogstrust.json.gz: failed: ");
    assertThat(result.out()).contains("0 re-standardized, 1 failed");
  }

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = RescueDogsCommand.newCommandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int exitCode = commandLine.execute(args);
    return new Result(exitCode, out.toString(), err.toString());
  }

  private static void archive(Path dir, RawScrapeResult result) throws IOException {
    Path file = dir.resolve("raw/" + result.runId() + "/" + result.organizationId() + ".json.gz");
    Files.createDirectories(file.getParent());
    Files.write(file, RawResultFiles.gzip(result));
  }

  private static RawScrapeResult raw(String organization, String... names) {
    List<RawDog> dogs =
        java.util.Arrays.stream(names)
            .map(
                name ->
                    RawDog.builder()
                        .externalId(name.toLowerCase(Locale.ROOT))
                        .name(name)
                        .adoptionUrl(
                            "https://"
                                + organization
                                + ".example/dogs/"
                                + name.toLowerCase(Locale.ROOT))
                        .breed("Labrador Retriever")
                        .ageText("2 years")
                        .sex("Male")
                        .imageUrl(
                            "https://"
                                + organization
                                + ".example/img/"
                                + name.toLowerCase(Locale.ROOT)
                                + ".jpg")
                        .build())
            .toList();
    return new RawScrapeResult(
        RawScrapeResult.SCHEMA_VERSION,
        organization,
        RUN,
        "1",
        Instant.parse("2026-11-30T15:00:05Z"),
        Instant.parse("2026-11-30T15:01:05Z"),
        Outcome.COMPLETE,
        null,
        new ListingCompleteness(1, 1, 0),
        dogs.stream()
            .map(d -> new FoundDog(d.externalId(), d.name(), DogStatus.AVAILABLE, d.adoptionUrl()))
            .toList(),
        dogs,
        List.of(),
        List.of(),
        null,
        Map.of());
  }
}
