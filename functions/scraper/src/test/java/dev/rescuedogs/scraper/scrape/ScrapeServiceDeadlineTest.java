package dev.rescuedogs.scraper.scrape;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScrapeServiceDeadlineTest {

  private static final Instant START = Instant.parse("2026-11-30T15:00:00Z");

  @Test
  void aShortBudgetKeepsAFifthForThePagesInFlight() {
    assertThat(ScrapeService.softDeadline(START, Duration.ofMinutes(5)))
        .isEqualTo(START.plus(Duration.ofMinutes(4)));
  }

  @Test
  void aLongBudgetKeepsAtMostTheMaximumDrain() {
    assertThat(ScrapeService.softDeadline(START, Duration.ofSeconds(870)))
        .isEqualTo(START.plusSeconds(870).minus(ScrapeService.MAX_DRAIN));
  }
}
