package dev.rescuedogs.notifications;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.SnsClientBuilder;

/** The info SNS topic ({@code INFO_TOPIC_ARN}); its e-mail subscribers get the summary as text. */
public final class SnsSummaryTopic implements SummaryTopic {

  /** SNS refuses subjects longer than this (and line breaks in them). */
  static final int MAX_SUBJECT = 100;

  private final SnsClient sns;
  private final String topicArn;

  public SnsSummaryTopic(SnsClient sns, String topicArn) {
    this.sns = Objects.requireNonNull(sns, "sns");
    this.topicArn = Objects.requireNonNull(topicArn, "topicArn");
  }

  /**
   * The topic of {@code INFO_TOPIC_ARN}, or one that writes to the log when it is not set (local
   * runs, stacks without the info tier). The SNS endpoint follows {@code AWS_ENDPOINT_URL_SNS}
   * (else {@code AWS_ENDPOINT_URL}) and the region {@code AWS_REGION}.
   */
  public static SummaryTopic fromEnvironment(Map<String, String> env) {
    String arn = env.get("INFO_TOPIC_ARN");
    if (arn == null || arn.isBlank()) {
      return new LogSummaryTopic();
    }
    SnsClientBuilder builder =
        SnsClient.builder()
            .httpClient(UrlConnectionHttpClient.create())
            .region(Region.of(firstSet(env, "us-east-1", "AWS_REGION", "AWS_DEFAULT_REGION")));
    String endpoint = firstSet(env, null, "AWS_ENDPOINT_URL_SNS", "AWS_ENDPOINT_URL");
    if (endpoint != null) {
      builder.endpointOverride(URI.create(endpoint));
    }
    return new SnsSummaryTopic(builder.build(), arn.strip());
  }

  @Override
  public void publish(String subject, String message) {
    sns.publish(request -> request.topicArn(topicArn).subject(subject(subject)).message(message));
  }

  /** One line of printable text, at most {@value #MAX_SUBJECT} characters. */
  static String subject(String subject) {
    String line = subject.replaceAll("[\\p{Cntrl}]+", " ").strip();
    return line.length() <= MAX_SUBJECT ? line : line.substring(0, MAX_SUBJECT - 3) + "...";
  }

  @Override
  public String toString() {
    return topicArn;
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

  /** Without a topic the summary is logged, which is where a local run's operator looks. */
  static final class LogSummaryTopic implements SummaryTopic {
    @Override
    public void publish(String subject, String message) {
      LoggerFactory.getLogger(SnsSummaryTopic.class).info("{}\n{}", subject, message);
    }

    @Override
    public String toString() {
      return "the log (INFO_TOPIC_ARN is not set)";
    }
  }
}
