package dev.rescuedogs.scraping.fetch;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Waits. Injected so tests of politeness delays and back-off need not really wait. */
@FunctionalInterface
public interface Sleeper {

  /** Sleeps on the calling thread. */
  Sleeper SYSTEM =
      duration -> {
        if (!duration.isNegative() && !duration.isZero()) {
          TimeUnit.NANOSECONDS.sleep(duration.toNanos());
        }
      };

  void sleep(Duration duration) throws InterruptedException;
}
