package dev.rescuedogs.dispatch.queue;

import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.SqsClientBuilder;

/**
 * Builds the SQS client from the environment, so the same code talks to AWS or to a local
 * SQS-compatible server: {@code AWS_ENDPOINT_URL_SQS} (else {@code AWS_ENDPOINT_URL}) overrides the
 * endpoint; {@code AWS_REGION} (else {@code AWS_DEFAULT_REGION}, else us-east-1) names the region;
 * credentials come from the default chain.
 */
public final class SqsClients {

  private SqsClients() {}

  public static SqsClient fromEnvironment(Map<String, String> env) {
    SqsClientBuilder builder =
        SqsClient.builder()
            .httpClient(UrlConnectionHttpClient.create())
            .region(Region.of(firstSet(env, "us-east-1", "AWS_REGION", "AWS_DEFAULT_REGION")));
    String endpoint = firstSet(env, null, "AWS_ENDPOINT_URL_SQS", "AWS_ENDPOINT_URL");
    if (endpoint != null) {
      builder.endpointOverride(URI.create(endpoint));
    }
    return builder.build();
  }

  /** A required variable. */
  public static String required(Map<String, String> env, String name) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set");
    }
    return value.strip();
  }

  private static String firstSet(Map<String, String> env, String fallback, String... names) {
    for (String name : names) {
      String value = env.get(name);
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return fallback;
  }
}
