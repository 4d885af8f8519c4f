package dev.rescuedogs.lambdacontext;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InvocationContextTest {

  @Test
  void theRemainingTimeFollowsTheClockAndNeverGoesNegative() {
    MovableClock clock = new MovableClock(Instant.parse("2026-11-30T15:00:00Z"));
    InvocationContext context =
        new InvocationContext("scraper", "request-1", Duration.ofSeconds(90), clock);

    assertThat(context.getRemainingTimeInMillis()).isEqualTo(90_000);
    clock.now = clock.now.plusSeconds(60);
    assertThat(context.getRemainingTimeInMillis()).isEqualTo(30_000);
    clock.now = clock.now.plusSeconds(60);
    assertThat(context.getRemainingTimeInMillis()).isZero();
  }

  @Test
  void theFunctionIsNamedWhereLambdaNamesIt() {
    InvocationContext context =
        new InvocationContext("api", Duration.ofSeconds(5), Clock.systemUTC());

    assertThat(context.getFunctionName()).isEqualTo("api");
    assertThat(context.getLogGroupName()).isEqualTo("/aws/lambda/api");
    assertThat(context.getInvokedFunctionArn()).endsWith(":function:api");
    assertThat(context.getAwsRequestId()).isNotBlank();
  }

  private static final class MovableClock extends Clock {
    Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
