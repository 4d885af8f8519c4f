package dev.rescuedogs.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import dev.rescuedogs.dispatch.queue.ScrapeMessage;
import dev.rescuedogs.dispatch.run.Dispatcher;
import dev.rescuedogs.lambdacontext.InvocationContext;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.organizations.OrganizationConfigs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every event under {@code events/dispatch/} (the files {@code sam local invoke -e} and {@code
 * rescuedogs invoke dispatch --event} take), loaded as the Lambda runtime loads it and handed to
 * the handler with the bundled organization configs. Each file has its own expected outcome; a file
 * without one fails.
 */
class DispatchEventFilesTest {

  private static final List<OrganizationConfig> CONFIGS = OrganizationConfigs.loadBundled();
  private static final Instant NOW = Instant.parse("2026-12-01T09:30:12Z");

  /** What one invocation did: its response or failure, and the messages it sent. */
  private record Invocation(
      Map<String, Object> response, RuntimeException failure, List<ScrapeMessage> sent) {}

  @TestFactory
  Stream<DynamicTest> everyEventFileHasItsOutcome() {
    Map<String, Consumer<Invocation>> expectations = expectations();
    List<Path> files = eventFiles();
    assertThat(expectations.keySet())
        .as("expectations whose event file is gone from events/dispatch/")
        .isSubsetOf(files.stream().map(file -> file.getFileName().toString()).toList());
    return files.stream()
        .map(
            file ->
                dynamicTest(
                    file.getFileName().toString(),
                    () -> {
                      Consumer<Invocation> expectation =
                          expectations.get(file.getFileName().toString());
                      assertThat(expectation)
                          .as(
                              "events/dispatch/%s has no expected outcome in %s: add one",
                              file.getFileName(), DispatchEventFilesTest.class.getSimpleName())
                          .isNotNull();
                      expectation.accept(invoke(file));
                    }));
  }

  @SuppressWarnings("unchecked")
  private static Invocation invoke(Path file) {
    List<ScrapeMessage> sent = new ArrayList<>();
    DispatchHandler handler =
        new DispatchHandler(
            new Dispatcher(CONFIGS, sent::addAll), Clock.fixed(NOW, ZoneOffset.UTC));
    Map<String, Object> event = EventLoader.loadEvent(file.toString(), Map.class);
    try {
      return new Invocation(
          handler.handleRequest(
              event,
              InvocationContext.withRemaining("dispatch", "request-1", Duration.ofMinutes(1))),
          null,
          sent);
    } catch (RuntimeException e) {
      return new Invocation(null, e, sent);
    }
  }

  private static Map<String, Consumer<Invocation>> expectations() {
    List<String> enabled =
        CONFIGS.stream().filter(OrganizationConfig::enabled).map(OrganizationConfig::id).toList();
    Map<String, Consumer<Invocation>> expect = new TreeMap<>();
    expect.put(
        "scheduled-event.json",
        i -> {
          succeeded(i);
          assertThat(i.response())
              .containsEntry("run_id", "20261130T150000Z")
              .containsEntry("scheduled_at", "2026-11-30T15:00:00Z")
              .containsEntry("organizations", enabled);
          assertThat(i.sent()).extracting(ScrapeMessage::organizationId).isEqualTo(enabled);
          assertThat(i.sent())
              .extracting(ScrapeMessage::correlationId)
              .containsOnly("53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa");
        });
    expect.put(
        "scheduled-event-organizations.json",
        i -> {
          succeeded(i);
          assertThat(i.response()).containsEntry("run_id", "20261201T090000Z");
          assertThat(i.sent())
              .extracting(ScrapeMessage::organizationId)
              .containsExactly("hunderettung-europa", "rean");
        });
    expect.put(
        "manual-organizations.json",
        i -> {
          succeeded(i);
          assertThat(i.response()).containsEntry("run_id", "20261201T093012Z");
          assertThat(i.sent())
              .extracting(ScrapeMessage::organizationId)
              .containsExactly("dogstrust", "tierschutzverein-europa");
          assertThat(i.sent()).extracting(ScrapeMessage::correlationId).containsOnly("request-1");
        });
    expect.put(
        "rerun-organization.json",
        i -> {
          succeeded(i);
          assertThat(i.sent())
              .singleElement()
              .satisfies(
                  message -> {
                    assertThat(message.runId()).isEqualTo("20261130T150000Z");
                    assertThat(message.organizationId()).isEqualTo("dogstrust");
                  });
        });
    expect.put(
        "manual-unknown-organization.json",
        i -> {
          assertThat(i.failure())
              .isInstanceOf(IllegalArgumentException.class)
              .hasMessageContaining("unknown organization 'no-such-rescue'");
          assertThat(i.sent()).isEmpty();
        });
    expect.put(
        "manual-disabled-organization.json",
        i -> {
          assertThat(i.failure())
              .isInstanceOf(IllegalArgumentException.class)
              .hasMessageContaining("organization 'galgosdelsol' is disabled");
          assertThat(i.sent()).isEmpty();
        });
    return expect;
  }

  private static void succeeded(Invocation invocation) {
    assertThat(invocation.failure()).as("the invocation's failure").isNull();
  }

  /** The files of {@code events/dispatch/}, found by walking up from the module. */
  private static List<Path> eventFiles() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path events = dir.resolve("events/dispatch");
      if (Files.isDirectory(events)) {
        try (Stream<Path> files = Files.list(events)) {
          List<Path> json =
              files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
          assertThat(json).as("event files in %s", events).isNotEmpty();
          return json;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    throw new IllegalStateException(
        "no events/dispatch directory above " + Path.of("").toAbsolutePath());
  }
}
