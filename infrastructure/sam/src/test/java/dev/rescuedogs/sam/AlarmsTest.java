package dev.rescuedogs.sam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rescuedogs.standardize.metrics.EmfRunMetrics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** On-call: every alarm notifies its tier, links a runbook, and watches a metric that exists. */
class AlarmsTest {

  private static final Pattern RUNBOOK =
      Pattern.compile("Runbook: \\$\\{RunbookBaseUrl}/([a-z0-9-]+\\.md)");
  private static final Pattern EMITTED = Pattern.compile("addMetric\\(\\s*\"(\\w+)\"");

  /** The alert tiers (issue 8): critical pages on-call, warning is read in working hours. */
  private static final Map<String, String> TIER =
      Map.ofEntries(
          Map.entry("ScrapeDeadLetterAlarm", "CriticalAlertsTopic"),
          Map.entry("StandardizeDeadLetterAlarm", "CriticalAlertsTopic"),
          Map.entry("ScheduleDeadLetterAlarm", "CriticalAlertsTopic"),
          Map.entry("MissedWeeklyRunAlarm", "CriticalAlertsTopic"),
          Map.entry("ApiServerErrorsAlarm", "CriticalAlertsTopic"),
          Map.entry("DatabaseUnavailableAlarm", "CriticalAlertsTopic"),
          Map.entry("FunctionErrorsAlarm", "WarningAlertsTopic"),
          Map.entry("FunctionThrottlesAlarm", "WarningAlertsTopic"),
          Map.entry("ScraperNearTimeoutAlarm", "WarningAlertsTopic"),
          Map.entry("ApiLatencyAlarm", "WarningAlertsTopic"),
          Map.entry("PartialFailureAlarm", "WarningAlertsTopic"),
          Map.entry("LowQualityAlarm", "WarningAlertsTopic"),
          Map.entry("ZeroDogsAlarm", "WarningAlertsTopic"),
          Map.entry("ConsistencyRepairsAlarm", "WarningAlertsTopic"));

  private final SamTemplate template = SamTemplate.load();
  private final Map<String, JsonNode> alarms = template.resources(SamTemplate.ALARM);

  @Test
  void shouldNotifyEachAlarmsTierOnAlarmAndRecovery() {
    assertThat(alarms.keySet()).containsExactlyInAnyOrderElementsOf(TIER.keySet());
    alarms.forEach(
        (id, alarm) -> {
          JsonNode properties = alarm.get("Properties");
          for (String actions : List.of("AlarmActions", "OKActions")) {
            assertThat(properties.get(actions)).as("%s %s", id, actions).isNotEmpty();
            for (JsonNode action : properties.get(actions)) {
              assertThat(SamTemplate.target(action))
                  .as("%s %s", id, actions)
                  .isEqualTo(TIER.get(id));
            }
          }
        });
  }

  @Test
  void shouldSubscribeSomeoneToEveryTier() {
    Map<String, JsonNode> topics = template.resources(SamTemplate.TOPIC);

    assertThat(topics.keySet())
        .containsExactlyInAnyOrder("CriticalAlertsTopic", "WarningAlertsTopic", "InfoTopic");
    topics.forEach(
        (id, topic) -> {
          JsonNode subscription = topic.at("/Properties/Subscription/0");
          assertThat(subscription.get("Protocol").asText()).as(id).isEqualTo("email");
          assertThat(subscription.get("Endpoint").toString()).as(id).contains("AlarmEmail");
        });
  }

  @Test
  void shouldLinkEachAlarmToItsRunbook() {
    Set<String> linked = new HashSet<>();
    alarms.forEach(
        (id, alarm) -> {
          String description = alarm.at("/Properties/AlarmDescription/Fn::Sub").asText();
          Matcher runbook = RUNBOOK.matcher(description);
          assertThat(runbook.find()).as("%s links a runbook: %s", id, description).isTrue();
          String file = runbook.group(1);
          // One runbook per alarm, named after it: ScrapeDeadLetterAlarm → scrape-dead-letter.md.
          assertThat(file).isEqualTo(kebab(id.replaceFirst("Alarm$", "")) + ".md");
          Path path = Repository.file("docs/operations/" + file);
          assertThat(path).as("runbook of %s", id).exists();
          assertThat(Repository.read("docs/operations/" + file))
              .as("runbook of %s", id)
              .contains("## What it means")
              .contains("## Confirm")
              .contains("## Fix");
          linked.add(file);
        });
    assertThat(linked).hasSize(alarms.size());
  }

  @Test
  void shouldKeepOnlyRunbooksOfExistingAlarmsBesideTheGeneralGuides() throws IOException {
    Set<String> expected =
        alarms.keySet().stream()
            .map(id -> kebab(id.replaceFirst("Alarm$", "")) + ".md")
            .collect(Collectors.toCollection(HashSet::new));
    expected.addAll(
        List.of(
            "README.md",
            "weekly-scraping.md",
            "troubleshooting.md",
            "backups.md",
            "dependencies.md"));

    try (Stream<Path> files = Files.list(Repository.file("docs/operations"))) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  @Test
  void shouldWatchCustomMetricsUnderTheNamesAndDimensionsTheFunctionsEmit() {
    // The functions that publish metrics, by service name, and what their emitter publishes.
    Map<String, Set<String>> emittedBy =
        Map.of(
            "standardize",
            emitted(
                "functions/standardize/src/main/java/dev/rescuedogs/standardize/metrics/EmfRunMetrics.java"),
            "maintenance",
            emitted(
                "functions/maintenance/src/main/java/dev/rescuedogs/maintenance/EmfMaintenanceMetrics.java"));
    assertThat(emittedBy.get("standardize"))
        .contains("DogsFound", "QualityScore", "PartialFailure");
    assertThat(emittedBy.get("maintenance")).contains("ConsistencyRepairs");
    assertThat(template.environment("StandardizeFunction").get("POWERTOOLS_SERVICE_NAME").asText())
        .isEqualTo("standardize");
    assertThat(template.environment("MaintenanceFunction").get("POWERTOOLS_SERVICE_NAME").asText())
        .isEqualTo("maintenance");
    Set<String> fromLogs = new HashSet<>();
    template
        .resources("AWS::Logs::MetricFilter")
        .values()
        .forEach(
            f -> fromLogs.add(f.at("/Properties/MetricTransformations/0/MetricName").asText()));
    JsonNode namespace =
        template.environment("StandardizeFunction").get("POWERTOOLS_METRICS_NAMESPACE");
    assertThat(template.environment("MaintenanceFunction").get("POWERTOOLS_METRICS_NAMESPACE"))
        .isEqualTo(namespace);

    List<String> checked = new ArrayList<>();
    alarms.forEach(
        (id, alarm) -> {
          JsonNode properties = alarm.get("Properties");
          if (properties.path("Namespace").isTextual()
              && properties.get("Namespace").asText().startsWith("AWS/")) {
            return;
          }
          if (properties.has("Metrics")) {
            return;
          }
          checked.add(id);
          assertThat(properties.get("Namespace")).as("%s namespace", id).isEqualTo(namespace);
          String metric = properties.get("MetricName").asText();
          if (fromLogs.contains(metric)) {
            assertThat(properties.has("Dimensions")).as("%s: log metrics have none", id).isFalse();
            return;
          }
          JsonNode dimensions = properties.get("Dimensions");
          assertThat(dimensions).as("%s dimensions", id).hasSize(1);
          String name = dimensions.get(0).get("Name").asText();
          if (name.equals("Service")) {
            String service = dimensions.get(0).get("Value").asText();
            assertThat(emittedBy)
                .as("%s: a function with service %s", id, service)
                .containsKey(service);
            assertThat(emittedBy.get(service))
                .as("%s watches a metric %s emits", id, service)
                .contains(metric);
          } else {
            assertThat(name).as(id).isEqualTo(EmfRunMetrics.DIMENSION);
            assertThat(emittedBy.get("standardize"))
                .as("%s watches a run metric", id)
                .contains(metric);
          }
        });
    assertThat(checked)
        .contains(
            "MissedWeeklyRunAlarm",
            "PartialFailureAlarm",
            "LowQualityAlarm",
            "ZeroDogsAlarm",
            "DatabaseUnavailableAlarm",
            "ConsistencyRepairsAlarm");
  }

  @Test
  void shouldTreatAMissingWeeklyRunAsBreaching() {
    JsonNode missed = template.resource("MissedWeeklyRunAlarm").get("Properties");

    assertThat(missed.get("MetricName").asText()).isEqualTo("DogsFound");
    assertThat(missed.get("TreatMissingData").asText()).isEqualTo("breaching");
    // CloudWatch allows at most 7 days of evaluation (Period x EvaluationPeriods).
    long window = missed.get("Period").asLong() * missed.get("EvaluationPeriods").asLong();
    assertThat(window).isEqualTo(7 * 86_400L);
  }

  @Test
  void shouldWatchTheFunctionsAndQueuesOfThisTemplate() {
    Set<String> functions = template.resources(SamTemplate.FUNCTION).keySet();
    Set<String> queues = template.resources(SamTemplate.QUEUE).keySet();
    alarms.forEach(
        (id, alarm) -> {
          List<JsonNode> metrics = new ArrayList<>();
          JsonNode properties = alarm.get("Properties");
          if (properties.has("Metrics")) {
            properties
                .get("Metrics")
                .forEach(
                    m -> {
                      if (m.has("MetricStat")) {
                        metrics.add(m.at("/MetricStat/Metric"));
                      }
                    });
          } else {
            metrics.add(properties);
          }
          for (JsonNode metric : metrics) {
            String namespace = metric.path("Namespace").asText();
            JsonNode dimension = metric.path("Dimensions").path(0);
            if (namespace.equals("AWS/Lambda")) {
              assertThat(dimension.get("Name").asText()).isEqualTo("FunctionName");
              assertThat(functions).as(id).contains(SamTemplate.target(dimension.get("Value")));
            } else if (namespace.equals("AWS/SQS")) {
              assertThat(dimension.get("Name").asText()).isEqualTo("QueueName");
              assertThat(queues).as(id).contains(SamTemplate.target(dimension.get("Value")));
            } else if (namespace.equals("AWS/ApiGateway")) {
              assertThat(dimension.get("Name").asText()).isEqualTo("ApiId");
              assertThat(SamTemplate.target(dimension.get("Value"))).isEqualTo("CatalogHttpApi");
            }
          }
        });
  }

  @Test
  void shouldWarnBeforeTheScraperTimesOut() {
    JsonNode alarm = template.resource("ScraperNearTimeoutAlarm").get("Properties");
    int timeoutSeconds = template.resource("ScraperFunction").at("/Properties/Timeout").asInt();

    assertThat(alarm.get("MetricName").asText()).isEqualTo("Duration");
    assertThat(alarm.get("Threshold").asDouble())
        .isLessThan(timeoutSeconds * 1000.0)
        .isGreaterThanOrEqualTo(timeoutSeconds * 1000.0 * 0.8);
  }

  private static Set<String> emitted(String sourceFile) {
    Set<String> names = new HashSet<>();
    Matcher matcher = EMITTED.matcher(Repository.read(sourceFile));
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }
}
