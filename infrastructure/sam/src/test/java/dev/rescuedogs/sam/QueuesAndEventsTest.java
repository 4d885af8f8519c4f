package dev.rescuedogs.sam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Queues, their consumers and the schedule: nothing is lost silently. */
class QueuesAndEventsTest {

  private final SamTemplate template = SamTemplate.load();

  @Test
  void shouldReportBatchItemFailuresOnEverySqsEvent() {
    int sqsEvents = 0;
    for (String function : template.resources(SamTemplate.FUNCTION).keySet()) {
      for (Map.Entry<String, JsonNode> event : template.events(function, "SQS").entrySet()) {
        sqsEvents++;
        assertThat(event.getValue().path("FunctionResponseTypes").toString())
            .as("%s.%s", function, event.getKey())
            .isEqualTo("[\"ReportBatchItemFailures\"]");
      }
    }
    assertThat(sqsEvents).isEqualTo(2);
  }

  @Test
  void shouldGiveEveryConsumedQueueADeadLetterQueueAndAVisibilityLongerThanItsConsumer() {
    for (String function : template.resources(SamTemplate.FUNCTION).keySet()) {
      int timeout = template.resource(function).get("Properties").get("Timeout").asInt();
      for (JsonNode event : template.events(function, "SQS").values()) {
        String queueId = SamTemplate.target(event.get("Queue"));
        JsonNode queue = template.resource(queueId).get("Properties");
        assertThat(queue.get("VisibilityTimeout").asInt())
            .as("%s visibility vs %s timeout", queueId, function)
            .isGreaterThan(timeout);
        JsonNode redrive = queue.get("RedrivePolicy");
        assertThat(redrive).as("%s redrive policy", queueId).isNotNull();
        assertThat(redrive.get("maxReceiveCount").asInt()).isBetween(2, 5);
        String deadLetterId = SamTemplate.target(redrive.get("deadLetterTargetArn"));
        assertThat(template.resource(deadLetterId).get("Type").asText())
            .isEqualTo(SamTemplate.QUEUE);
      }
    }
  }

  @Test
  void shouldWatchEveryQueueThatHoldsFailuresWithAnAlarm() {
    Set<String> deadLetterQueues = new HashSet<>();
    template
        .resources(SamTemplate.QUEUE)
        .values()
        .forEach(
            queue -> {
              JsonNode redrive = queue.path("Properties").path("RedrivePolicy");
              if (!redrive.isMissingNode()) {
                deadLetterQueues.add(SamTemplate.target(redrive.get("deadLetterTargetArn")));
              }
            });
    template.resources(SamTemplate.FUNCTION).keySet().stream()
        .flatMap(function -> template.events(function, "Schedule").values().stream())
        .forEach(
            schedule ->
                deadLetterQueues.add(
                    SamTemplate.target(schedule.get("DeadLetterConfig").get("Arn"))));

    Set<String> watched = new HashSet<>();
    template
        .resources(SamTemplate.ALARM)
        .values()
        .forEach(
            alarm -> {
              JsonNode properties = alarm.get("Properties");
              if (properties.path("Namespace").asText().equals("AWS/SQS")) {
                watched.add(SamTemplate.target(properties.get("Dimensions").get(0).get("Value")));
              }
            });

    assertThat(deadLetterQueues).hasSize(3);
    assertThat(watched).containsAll(deadLetterQueues);
    // Every queue is either consumed (and redriven) or a dead-letter queue.
    assertThat(template.resources(SamTemplate.QUEUE).keySet())
        .allMatch(
            id ->
                deadLetterQueues.contains(id)
                    || template.resource(id).path("Properties").has("RedrivePolicy"));
  }

  @Test
  void shouldRetryTheWeeklyScheduleAndKeepWhatItCannotDeliver() {
    Map<String, JsonNode> schedules = template.events("DispatchFunction", "Schedule");

    assertThat(schedules).hasSize(1);
    JsonNode schedule = schedules.values().iterator().next();
    assertThat(SamTemplate.target(schedule.get("Schedule"))).isEqualTo("ScheduleExpression");
    assertThat(schedule.get("RetryPolicy").get("MaximumRetryAttempts").asInt()).isPositive();
    assertThat(schedule.get("DeadLetterConfig").has("Arn")).isTrue();
    assertThat(template.root().at("/Parameters/ScheduleExpression/Default").asText())
        .matches("(cron|rate)\\(.+\\)");
  }

  @Test
  void shouldScrapeOneOrganizationPerInvocationWithinTheReservedConcurrency() {
    JsonNode scrape = template.events("ScraperFunction", "SQS").values().iterator().next();

    assertThat(scrape.get("BatchSize").asInt()).isEqualTo(1);
    assertThat(SamTemplate.target(scrape.get("ScalingConfig").get("MaximumConcurrency")))
        .isEqualTo("ScraperConcurrency");
    assertThat(template.root().at("/Parameters/ScraperConcurrency/MinValue").asInt())
        .as("SQS event sources need a maximum concurrency of at least 2")
        .isGreaterThanOrEqualTo(2);
  }
}
