package dev.rescuedogs.api.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ShortLivedCacheTest {

  @Test
  void reusesAValue_untilItsTimeIsUp() throws Exception {
    ShortLivedCache<Integer> cache = new ShortLivedCache<>(Duration.ofMillis(200), 10);
    AtomicInteger computed = new AtomicInteger();

    assertThat(cache.get("k", computed::incrementAndGet)).isEqualTo(1);
    assertThat(cache.get("k", computed::incrementAndGet)).isEqualTo(1);
    assertThat(cache.get("other", computed::incrementAndGet)).isEqualTo(2);
    Thread.sleep(250);
    assertThat(cache.get("k", computed::incrementAndGet)).isEqualTo(3);
  }

  @Test
  void invalidateAll_forgetsEveryCachesValues() {
    ShortLivedCache<Integer> first = new ShortLivedCache<>(Duration.ofHours(1), 10);
    ShortLivedCache<Integer> second = new ShortLivedCache<>(Duration.ofHours(1), 10);
    AtomicInteger computed = new AtomicInteger();
    first.get("k", computed::incrementAndGet);
    second.get("k", computed::incrementAndGet);

    ShortLivedCache.invalidateAll();

    assertThat(first.get("k", computed::incrementAndGet)).isEqualTo(3);
    assertThat(second.get("k", computed::incrementAndGet)).isEqualTo(4);
    assertThat(first.get("k", computed::incrementAndGet)).isEqualTo(3);
  }

  @Test
  void aFailure_isNotCached() {
    ShortLivedCache<Integer> cache = new ShortLivedCache<>(Duration.ofHours(1), 10);
    AtomicInteger calls = new AtomicInteger();
    try {
      cache.get(
          "k",
          () -> {
            calls.incrementAndGet();
            throw new IllegalStateException("down");
          });
    } catch (IllegalStateException expected) {
      // the failure reaches the caller
    }

    assertThat(cache.get("k", () -> 5)).isEqualTo(5);
    assertThat(calls).hasValue(1);
  }
}
