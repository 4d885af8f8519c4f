package dev.rescuedogs.api.db;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Remembers results of expensive counting queries (list totals, facet counts) for a short time per
 * instance. The catalog changes when a scrape lands, a few times a week, and CDNs keep list
 * responses for five minutes anyway, so a total at most {@code ttl} old is as good as a fresh one,
 * while counting tens of thousands of index entries on every page request is not free.
 */
public final class ShortLivedCache<V> {

  /** Bumped to forget every cached value of every cache (after a SnapStart restore). */
  private static final AtomicLong GENERATION = new AtomicLong();

  private final Duration ttl;
  private final int maxEntries;
  private final ConcurrentHashMap<String, Entry<V>> entries = new ConcurrentHashMap<>();

  public ShortLivedCache(Duration ttl, int maxEntries) {
    this.ttl = ttl;
    this.maxEntries = maxEntries;
  }

  /** The cached value for {@code key}, or a freshly computed one (a failure is not cached). */
  public V get(String key, Supplier<V> compute) {
    long now = System.nanoTime();
    long generation = GENERATION.get();
    Entry<V> entry = entries.get(key);
    if (entry != null && entry.generation == generation) {
      long age = now - entry.storedAt;
      // A negative age means the clock moved (a restored snapshot): the value is as old as unknown.
      if (age >= 0 && age < ttl.toNanos()) {
        return entry.value;
      }
    }
    V value = compute.get();
    if (entries.size() >= maxEntries) {
      // Rare (distinct filter sets beyond the bound within one TTL): start over rather than track
      // age.
      entries.clear();
    }
    entries.put(key, new Entry<>(value, now, generation));
    return value;
  }

  /**
   * Forgets the values of every cache of this JVM: a SnapStart snapshot may be restored days after
   * the values were read.
   */
  public static void invalidateAll() {
    GENERATION.incrementAndGet();
  }

  private record Entry<V>(V value, long storedAt, long generation) {}
}
