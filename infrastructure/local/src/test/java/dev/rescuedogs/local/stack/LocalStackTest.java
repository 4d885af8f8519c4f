package dev.rescuedogs.local.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import dev.rescuedogs.core.rawresult.ListingCompleteness;
import dev.rescuedogs.core.rawresult.Outcome;
import dev.rescuedogs.core.rawresult.RawScrapeResult;
import dev.rescuedogs.core.rawresult.Validator;
import dev.rescuedogs.dispatch.queue.ScrapeMessage;
import dev.rescuedogs.dispatch.queue.SqsScrapeQueue;
import dev.rescuedogs.lambdacontext.InvocationContext;
import dev.rescuedogs.scraper.archive.RawLocation;
import dev.rescuedogs.scraper.archive.S3RawResultStore;
import dev.rescuedogs.standardize.archive.RawResultNotFoundException;
import dev.rescuedogs.standardize.archive.S3RawResultArchive;
import dev.rescuedogs.standardize.images.S3ImageBucket;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

/** The functions' AWS adapters against the in-process SQS- and S3-compatible servers. */
@TestInstance(Lifecycle.PER_CLASS)
class LocalStackTest {

  private LocalStack stack;

  @BeforeAll
  void start() {
    stack = LocalStack.start();
  }

  @AfterAll
  void stop() {
    stack.close();
  }

  @Test
  void rawResultsAreArchivedAndTheNewestEarlierCompleteRunIsFound() {
    // Arrange
    S3RawResultStore store = new S3RawResultStore(stack.s3(), LocalStack.RAW_BUCKET);
    store.write(
        store.locate("20261116T150000Z", "rean"), complete("20261116T150000Z", "rean", "\"v16\""));
    store.write(
        store.locate("20261123T150000Z", "rean"), complete("20261123T150000Z", "rean", "\"v23\""));
    store.write(store.locate("20261127T150000Z", "rean"), failed("20261127T150000Z", "rean"));
    store.write(
        store.locate("20261123T150000Z", "dogstrust"),
        complete("20261123T150000Z", "dogstrust", "\"d\""));
    store.write(
        store.locate("20261207T150000Z", "rean"),
        complete("20261207T150000Z", "rean", "\"later\""));

    // Act
    RawScrapeResult previous = store.previousComplete("rean", "20261130T150000Z").orElseThrow();

    // Assert: the failed run in between is skipped, the later run ignored
    assertThat(previous.runId()).isEqualTo("20261123T150000Z");
    assertThat(previous.validators())
        .containsEntry("https://rean.example/dog/1", new Validator("\"v23\"", null));
    assertThat(store.previousComplete("misisrescue", "20261130T150000Z")).isEmpty();
    assertThat(store.exists(store.locate("20261123T150000Z", "rean"))).isTrue();
    assertThat(store.exists(store.locate("20261130T150000Z", "rean"))).isFalse();

    // and standardization reads what the scraper wrote
    S3RawResultArchive archive = new S3RawResultArchive(stack.s3());
    assertThat(archive.keysOfRun(LocalStack.RAW_BUCKET, "20261123T150000Z"))
        .containsExactly(
            "raw/20261123T150000Z/dogstrust.json.gz", "raw/20261123T150000Z/rean.json.gz");
    RawLocation location = store.locate("20261116T150000Z", "rean");
    assertThat(archive.read(location.bucket(), location.key()).runId())
        .isEqualTo("20261116T150000Z");
    Assertions.assertThrows(
        RawResultNotFoundException.class,
        () -> archive.read(LocalStack.RAW_BUCKET, "raw/20200101T000000Z/rean.json.gz"));
  }

  @Test
  void scrapeMessagesGoOutInBatches_andTheTriggerDeletesOnlyWhatSucceeded() {
    // Arrange: a queue of its own, so other tests' messages do not mix in
    String url = stack.sqs().createQueue(request -> request.queueName("trigger-test")).queueUrl();
    List<ScrapeMessage> messages =
        IntStream.range(0, 12)
            .mapToObj(
                i ->
                    new ScrapeMessage("r1", "org-" + i, Instant.parse("2026-11-30T15:00:00Z"), "c"))
            .toList();
    new SqsScrapeQueue(stack.sqs(), url).send(messages);
    QueueTrigger trigger = new QueueTrigger(stack.sqs(), url, 10);
    List<String> seen = new ArrayList<>();

    // Act: org-3 fails twice, then succeeds
    QueueTrigger.Deliveries deliveries =
        trigger.drain(
            (event, context) -> {
              List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
              event
                  .getRecords()
                  .forEach(
                      record -> {
                        seen.add(record.getBody());
                        if (record.getBody().contains("\"org-3\"")
                            && seen.stream().filter(b -> b.contains("\"org-3\"")).count() < 3) {
                          failures.add(
                              new SQSBatchResponse.BatchItemFailure(record.getMessageId()));
                        }
                      });
              return new SQSBatchResponse(failures);
            },
            () -> new InvocationContext("test", Duration.ofMinutes(1), Clock.systemUTC()));

    // Assert
    assertThat(deliveries.delivered()).isEqualTo(14);
    assertThat(deliveries.failed()).isEqualTo(2);
    assertThat(seen).filteredOn(b -> b.contains("\"org-3\"")).hasSize(3);
    assertThat(QueueTrigger.peek(stack.sqs(), url)).isEmpty();
  }

  @Test
  void aMessageThatKeepsFailingEndsInTheDeadLetterQueue() {
    // Arrange
    String url = stack.queueUrl(LocalStack.STANDARDIZE_QUEUE);
    stack.sqs().sendMessage(request -> request.queueUrl(url).messageBody("{\"poison\":true}"));

    // Act: the function crashes on every delivery
    QueueTrigger.Deliveries deliveries =
        new QueueTrigger(stack.sqs(), url, 10)
            .drain(
                (event, context) -> {
                  throw new IllegalStateException("crash");
                },
                () -> new InvocationContext("test", Duration.ofMinutes(1), Clock.systemUTC()));

    // Assert
    assertThat(deliveries.crashed()).isEqualTo(LocalStack.MAX_RECEIVES);
    assertThat(
            QueueTrigger.peek(stack.sqs(), stack.queueUrl(LocalStack.STANDARDIZE_QUEUE + "-dlq")))
        .singleElement()
        .satisfies(message -> assertThat(message.body()).isEqualTo("{\"poison\":true}"));
  }

  @Test
  void imagesAreStoredWithTheR2SettingsAndServedAtTheirPublicUrl() throws Exception {
    // Arrange
    S3ImageBucket bucket =
        new S3ImageBucket(stack.r2(), LocalStack.IMAGE_BUCKET, stack.imagePublicBaseUrl() + "/");
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    String key = "dogs/" + "ab".repeat(32) + ".png";

    // Act
    assertThat(bucket.exists(key)).isFalse();
    bucket.put(key, png, "image/png");

    // Assert
    assertThat(bucket.exists(key)).isTrue();
    HttpResponse<byte[]> response = get(URI.create(bucket.publicUrl(key)));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(png);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(response.headers().firstValue("Cache-Control"))
        .hasValue("public, max-age=31536000, immutable");
  }

  private static HttpResponse<byte[]> get(URI url) throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static RawScrapeResult complete(String runId, String organization, String etag) {
    return new RawScrapeResult(
        RawScrapeResult.SCHEMA_VERSION,
        organization,
        runId,
        "1",
        Instant.parse("2026-11-30T15:00:00Z"),
        Instant.parse("2026-11-30T15:01:00Z"),
        Outcome.COMPLETE,
        null,
        new ListingCompleteness(1, 1, 0),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null,
        Map.of("https://" + organization + ".example/dog/1", new Validator(etag, null)));
  }

  private static RawScrapeResult failed(String runId, String organization) {
    return new RawScrapeResult(
        RawScrapeResult.SCHEMA_VERSION,
        organization,
        runId,
        "1",
        Instant.parse("2026-11-30T15:00:00Z"),
        Instant.parse("2026-11-30T15:01:00Z"),
        Outcome.LISTING_FAILED,
        "listing page answered 503",
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null,
        Map.of());
  }
}
