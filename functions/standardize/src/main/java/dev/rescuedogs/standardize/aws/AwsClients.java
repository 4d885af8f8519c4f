package dev.rescuedogs.standardize.aws;

import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.SqsClientBuilder;

/**
 * Builds the AWS clients from the environment, so the same code talks to AWS, to Cloudflare R2 and
 * to a local S3-compatible server.
 *
 * <ul>
 *   <li>The raw bucket's client: {@code AWS_ENDPOINT_URL_S3} (else {@code AWS_ENDPOINT_URL})
 *       overrides the endpoint, addressed path-style; {@code AWS_REGION} (else {@code
 *       AWS_DEFAULT_REGION}, else us-east-1); credentials from the default chain.
 *   <li>The scrape queue's client: {@code AWS_ENDPOINT_URL_SQS} (else {@code AWS_ENDPOINT_URL})
 *       overrides the endpoint; region and credentials as for the raw bucket.
 *   <li>The image bucket's client (R2): {@code R2_ENDPOINT} (e.g. {@code
 *       https://ACCOUNT.r2.cloudflarestorage.com}), region {@code auto}, path-style, checksums only
 *       when required (R2 rejects the SDK's default ones); {@code R2_ACCESS_KEY_ID} and {@code
 *       R2_SECRET_ACCESS_KEY} when set, else the default chain.
 * </ul>
 */
public final class AwsClients {

  private AwsClients() {}

  public static S3Client s3(Map<String, String> env) {
    S3ClientBuilder builder =
        S3Client.builder()
            .httpClient(UrlConnectionHttpClient.create())
            .region(Region.of(firstSet(env, "us-east-1", "AWS_REGION", "AWS_DEFAULT_REGION")));
    String endpoint = firstSet(env, null, "AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL");
    if (endpoint != null) {
      builder.endpointOverride(URI.create(endpoint)).forcePathStyle(true);
    }
    return builder.build();
  }

  public static SqsClient sqs(Map<String, String> env) {
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

  public static S3Client r2(Map<String, String> env) {
    S3ClientBuilder builder =
        S3Client.builder()
            .httpClient(UrlConnectionHttpClient.create())
            .endpointOverride(URI.create(required(env, "R2_ENDPOINT")))
            .region(Region.of("auto"))
            .forcePathStyle(true)
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    String keyId = firstSet(env, null, "R2_ACCESS_KEY_ID");
    if (keyId != null) {
      builder.credentialsProvider(
          StaticCredentialsProvider.create(
              AwsBasicCredentials.create(keyId, required(env, "R2_SECRET_ACCESS_KEY"))));
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

  /** The first of the variables that is set, else the fallback. */
  public static String firstSet(Map<String, String> env, String fallback, String... names) {
    for (String name : names) {
      String value = env.get(name);
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return fallback;
  }
}
