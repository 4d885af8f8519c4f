package dev.rescuedogs.standardize.liveness;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescuedogs.core.liveness.LivenessCandidate;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Sends liveness requests to the scrape queue, in the scraper's message format ({@code
 * events/scraper/liveness-message.json} is a sample).
 */
public final class SqsLivenessQueue implements LivenessQueue {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SqsClient sqs;
  private final String queueUrl;

  public SqsLivenessQueue(SqsClient sqs, String queueUrl) {
    this.sqs = Objects.requireNonNull(sqs, "sqs");
    this.queueUrl = Objects.requireNonNull(queueUrl, "queueUrl");
  }

  @Override
  public void send(
      String runId, String organizationId, String correlationId, List<LivenessCandidate> dogs) {
    String body = body(runId, organizationId, correlationId, dogs);
    sqs.sendMessage(message -> message.queueUrl(queueUrl).messageBody(body));
  }

  /** The message body the scraper reads (see {@code ScrapeRequest}). */
  public static String body(
      String runId, String organizationId, String correlationId, List<LivenessCandidate> dogs) {
    ObjectNode message = JSON.createObjectNode();
    message.put("mode", "liveness");
    message.put("run_id", runId);
    message.put("organization_id", organizationId);
    message.put("correlation_id", correlationId);
    ArrayNode candidates = message.putArray("liveness_candidates");
    for (LivenessCandidate dog : dogs) {
      candidates
          .addObject()
          .put("external_id", dog.externalId())
          .put("adoption_url", dog.adoptionUrl());
    }
    return message.toString();
  }
}
