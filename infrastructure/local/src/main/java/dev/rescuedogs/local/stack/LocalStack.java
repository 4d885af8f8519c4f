package dev.rescuedogs.local.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The AWS parts of the weekly pipeline, in-process on loopback ports: an SQS-compatible server
 * (ElasticMQ) with the scrape and standardize queues and their dead-letter queues, and an
 * S3-compatible server (S3Proxy) with the raw bucket and the image bucket (the R2 stand-in). The
 * functions reach them through the same endpoint variables they read in production ({@link
 * #environment()}).
 */
public final class LocalStack implements AutoCloseable {

  public static final String SCRAPE_QUEUE = "rescue-dogs-scrape";
  public static final String STANDARDIZE_QUEUE = "rescue-dogs-standardize";
  public static final String RAW_BUCKET = "rescue-dogs-raw";
  public static final String IMAGE_BUCKET = "rescue-dogs-images";

  /** Deliveries before a message moves to its dead-letter queue, as in the deployed stack. */
  public static final int MAX_RECEIVES = 3;

  /** Any credentials do: neither server checks them, but the SDK signs every request. */
  private static final StaticCredentialsProvider CREDENTIALS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));

  private static final Region REGION = Region.US_EAST_1;

  private final SQSRestServer sqsServer;
  private final S3Proxy s3Server;
  private final URI sqsEndpoint;
  private final URI s3Endpoint;
  private final SqsClient sqs;
  private final S3Client s3;
  private final S3Client r2;
  private final Map<String, String> queueUrls = new LinkedHashMap<>();

  private LocalStack(BlobStore blobStore) {
    sqsServer = SQSRestServerBuilder.withInterface("127.0.0.1").withDynamicPort().start();
    int sqsPort = sqsServer.waitUntilStarted().localAddress().getPort();
    sqsEndpoint = URI.create("http://127.0.0.1:" + sqsPort);
    int s3Port = freePort();
    s3Endpoint = URI.create("http://127.0.0.1:" + s3Port);
    s3Server =
        S3Proxy.builder()
            .blobStore(blobStore)
            .endpoint(s3Endpoint)
            .awsAuthentication(AuthenticationType.NONE, null, null)
            .build();
    try {
      s3Server.start();
      while (!"STARTED".equals(s3Server.getState())) {
        Thread.sleep(20);
      }
    } catch (Exception e) {
      sqsServer.stopAndWait();
      throw new IllegalStateException("cannot start the local S3-compatible server", e);
    }
    sqs =
        SqsClient.builder()
            .httpClient(UrlConnectionHttpClient.create())
            .endpointOverride(sqsEndpoint)
            .region(REGION)
            .credentialsProvider(CREDENTIALS)
            .build();
    s3 =
        S3Client.builder()
            .httpClient(UrlConnectionHttpClient.create())
            .endpointOverride(s3Endpoint)
            .forcePathStyle(true)
            .region(REGION)
            .credentialsProvider(CREDENTIALS)
            .build();
    // Configured the way Cloudflare R2 needs it, so the local run exercises those settings.
    r2 =
        S3Client.builder()
            .httpClient(UrlConnectionHttpClient.create())
            .endpointOverride(s3Endpoint)
            .forcePathStyle(true)
            .region(Region.of("auto"))
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
            .credentialsProvider(CREDENTIALS)
            .build();
    createQueueWithDeadLetterQueue(SCRAPE_QUEUE);
    createQueueWithDeadLetterQueue(STANDARDIZE_QUEUE);
    createBucket(RAW_BUCKET);
    createBucket(IMAGE_BUCKET);
  }

  /** A stack whose buckets live in memory and vanish with it (tests). */
  public static LocalStack start() {
    return new LocalStack(new TransientNio2BlobStore());
  }

  /** A stack whose buckets are kept as files under {@code directory} (local runs). */
  public static LocalStack start(Path directory) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + directory, e);
    }
    return new LocalStack(new FilesystemNio2BlobStore(directory.toAbsolutePath().toString()));
  }

  public SqsClient sqs() {
    return sqs;
  }

  /** The client for the raw bucket (path-style, as S3-compatible servers want). */
  public S3Client s3() {
    return s3;
  }

  /** The client for the image bucket, configured as for Cloudflare R2. */
  public S3Client r2() {
    return r2;
  }

  public URI sqsEndpoint() {
    return sqsEndpoint;
  }

  public URI s3Endpoint() {
    return s3Endpoint;
  }

  /** The URL of a queue this stack created. */
  public String queueUrl(String name) {
    String url = queueUrls.get(name);
    if (url == null) {
      throw new IllegalArgumentException("no queue " + name + "; queues: " + queueUrls.keySet());
    }
    return url;
  }

  /** Where the public reads the image bucket: path-style on the S3-compatible server. */
  public String imagePublicBaseUrl() {
    return s3Endpoint + "/" + IMAGE_BUCKET;
  }

  /** The environment the functions read, pointing every client and name at this stack. */
  public Map<String, String> environment() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("AWS_REGION", REGION.id());
    env.put("AWS_ACCESS_KEY_ID", "local");
    env.put("AWS_SECRET_ACCESS_KEY", "local");
    env.put("AWS_ENDPOINT_URL_SQS", sqsEndpoint.toString());
    env.put("AWS_ENDPOINT_URL_S3", s3Endpoint.toString());
    env.put("SCRAPE_QUEUE_URL", queueUrl(SCRAPE_QUEUE));
    env.put("STANDARDIZE_QUEUE_URL", queueUrl(STANDARDIZE_QUEUE));
    env.put("RAW_BUCKET", RAW_BUCKET);
    env.put("R2_ENDPOINT", s3Endpoint.toString());
    env.put("R2_BUCKET", IMAGE_BUCKET);
    env.put("R2_PUBLIC_BASE_URL", imagePublicBaseUrl());
    env.put("R2_ACCESS_KEY_ID", "local");
    env.put("R2_SECRET_ACCESS_KEY", "local");
    return env;
  }

  private void createQueueWithDeadLetterQueue(String name) {
    String deadLetterUrl = sqs.createQueue(request -> request.queueName(name + "-dlq")).queueUrl();
    String deadLetterArn =
        sqs.getQueueAttributes(
                request ->
                    request.queueUrl(deadLetterUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
            .attributes()
            .get(QueueAttributeName.QUEUE_ARN);
    String url =
        sqs.createQueue(
                request ->
                    request
                        .queueName(name)
                        .attributes(
                            Map.of(
                                QueueAttributeName.REDRIVE_POLICY,
                                "{\"deadLetterTargetArn\":\""
                                    + deadLetterArn
                                    + "\",\"maxReceiveCount\":\""
                                    + MAX_RECEIVES
                                    + "\"}")))
            .queueUrl();
    queueUrls.put(name, url);
    queueUrls.put(name + "-dlq", deadLetterUrl);
  }

  private void createBucket(String name) {
    s3.createBucket(request -> request.bucket(name));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free local port", e);
    }
  }

  @Override
  public void close() {
    sqs.close();
    s3.close();
    r2.close();
    try {
      s3Server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("cannot stop the local S3-compatible server", e);
    } finally {
      sqsServer.stopAndWait();
    }
  }
}
