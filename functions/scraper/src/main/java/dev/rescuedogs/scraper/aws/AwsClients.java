package dev.rescuedogs.scraper.aws;

import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.SqsClientBuilder;

/**
 * Builds the AWS clients from the environment, so the same code talks to AWS or to local
 * S3/SQS-compatible servers: {@code AWS_ENDPOINT_URL_S3} / {@code AWS_ENDPOINT_URL_SQS} (else
 * {@code AWS_ENDPOINT_URL}) override the endpoints — an overridden S3 endpoint is addressed
 * path-style, as S3-compatible servers expect; {@code AWS_REGION} (else {@code AWS_DEFAULT_REGION},
 * else us-east-1) names the region; credentials come from the default chain.
 */
public final class AwsClients {

  private AwsClients() {}

  public static SqsClient sqs(Map<String, String> env) {
    SqsClientBuilder builder =
        SqsClient.builder().httpClient(UrlConnectionHttpClient.create()).region(region(env));
    String endpoint = firstSet(env, null, "AWS_ENDPOINT_URL_SQS", "AWS_ENDPOINT_URL");
    if (endpoint != null) {
      builder.endpointOverride(URI.create(endpoint));
    }
    return builder.build();
  }

  public static S3Client s3(Map<String, String> env) {
    S3ClientBuilder builder =
        S3Client.builder().httpClient(UrlConnectionHttpClient.create()).region(region(env));
    String endpoint = firstSet(env, null, "AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL");
    if (endpoint != null) {
      builder.endpointOverride(URI.create(endpoint)).forcePathStyle(true);
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

  private static Region region(Map<String, String> env) {
    return Region.of(firstSet(env, "us-east-1", "AWS_REGION", "AWS_DEFAULT_REGION"));
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
