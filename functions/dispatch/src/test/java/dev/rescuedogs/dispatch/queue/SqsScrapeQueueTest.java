package dev.rescuedogs.dispatch.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequest;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResultEntry;

class SqsScrapeQueueTest {

  private static final String QUEUE = "http://sqs.local/000000000000/scrape";

  private final List<SendMessageBatchRequest> requests = new ArrayList<>();
  private final List<Duration> pauses = new ArrayList<>();

  @Test
  void shouldSendInBatchesOfTen() {
    // Arrange
    SqsScrapeQueue queue = queue(request -> acceptAll(request));

    // Act
    queue.send(messages(25));

    // Assert
    assertThat(requests).extracting(r -> r.entries().size()).containsExactly(10, 10, 5);
    assertThat(requests).allSatisfy(r -> assertThat(r.queueUrl()).isEqualTo(QUEUE));
    assertThat(requests.get(0).entries().get(0).messageBody())
        .contains("\"organization_id\":\"org-0\"")
        .contains("\"run_id\":\"20261130T150000Z\"");
    assertThat(pauses).isEmpty();
  }

  @Test
  void shouldRetryOnlyTheFailedEntries_whenSqsReportsAPartialFailure() {
    // Arrange: the first attempt fails entry 1 (throttled), the second accepts it
    SqsScrapeQueue queue =
        queue(
            request ->
                requests.size() == 1 ? respond(request, List.of("1"), false) : acceptAll(request));

    // Act
    queue.send(messages(3));

    // Assert
    assertThat(requests).hasSize(2);
    assertThat(requests.get(1).entries())
        .extracting(SendMessageBatchRequestEntry::messageBody)
        .singleElement()
        .asString()
        .contains("org-1");
    assertThat(pauses).containsExactly(Duration.ofMillis(10));
  }

  @Test
  void shouldFailNamingTheOrganizations_whenEntriesKeepFailing() {
    // Arrange: entry 2 is always throttled
    SqsScrapeQueue queue = queue(request -> respond(request, List.of("2"), false));

    // Act + Assert
    assertThatThrownBy(() -> queue.send(messages(4)))
        .isInstanceOf(DispatchFailedException.class)
        .hasMessageStartingWith("1 of 4 scrape messages could not be sent (org-2)")
        .hasMessageContaining("ThrottlingException")
        .satisfies(
            e ->
                assertThat(((DispatchFailedException) e).failedOrganizations())
                    .containsExactly("org-2"));
    assertThat(requests).hasSize(3);
    assertThat(pauses).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20));
  }

  @Test
  void shouldNotRetry_whenSqsBlamesTheSender() {
    // Arrange
    SqsScrapeQueue queue = queue(request -> respond(request, List.of("0"), true));

    // Act + Assert
    assertThatThrownBy(() -> queue.send(messages(2)))
        .isInstanceOf(DispatchFailedException.class)
        .hasMessageStartingWith("1 of 2 scrape messages could not be sent (org-0)");
    assertThat(requests).hasSize(1);
  }

  @Test
  void shouldRetryTheWholeBatch_whenTheRequestFails() {
    // Arrange
    SqsScrapeQueue queue =
        queue(
            request -> {
              if (requests.size() == 1) {
                throw SdkClientException.create("connection reset");
              }
              return acceptAll(request);
            });

    // Act
    queue.send(messages(2));

    // Assert
    assertThat(requests).hasSize(2);
    assertThat(requests.get(1).entries()).hasSize(2);
  }

  private SqsScrapeQueue queue(Function<SendMessageBatchRequest, SendMessageBatchResponse> sqs) {
    SqsClient client =
        new SqsClient() {
          @Override
          public SendMessageBatchResponse sendMessageBatch(SendMessageBatchRequest request) {
            requests.add(request);
            return sqs.apply(request);
          }

          @Override
          public String serviceName() {
            return "sqs";
          }

          @Override
          public void close() {}
        };
    return new SqsScrapeQueue(client, QUEUE, 3, Duration.ofMillis(10), pauses::add);
  }

  private static List<ScrapeMessage> messages(int count) {
    return IntStream.range(0, count)
        .mapToObj(
            i ->
                new ScrapeMessage(
                    "20261130T150000Z",
                    "org-" + i,
                    Instant.parse("2026-11-30T15:00:00Z"),
                    "correlation"))
        .toList();
  }

  private static SendMessageBatchResponse acceptAll(SendMessageBatchRequest request) {
    return respond(request, List.of(), false);
  }

  private static SendMessageBatchResponse respond(
      SendMessageBatchRequest request, List<String> failedIds, boolean senderFault) {
    List<SendMessageBatchResultEntry> ok = new ArrayList<>();
    List<BatchResultErrorEntry> failed = new ArrayList<>();
    for (SendMessageBatchRequestEntry entry : request.entries()) {
      if (failedIds.contains(entry.id())) {
        failed.add(
            BatchResultErrorEntry.builder()
                .id(entry.id())
                .code(senderFault ? "InvalidMessageContents" : "ThrottlingException")
                .message("rejected")
                .senderFault(senderFault)
                .build());
      } else {
        ok.add(
            SendMessageBatchResultEntry.builder()
                .id(entry.id())
                .messageId("m" + entry.id())
                .build());
      }
    }
    return SendMessageBatchResponse.builder().successful(ok).failed(failed).build();
  }
}
