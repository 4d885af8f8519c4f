package dev.rescuedogs.api.db;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Remembers results of expensive counting queries (list totals, facet counts) for a short time per
 * instance. The catalog changes when a scrape lands, a few times a week, and CDNs keep list responses
 * for five minutes anyway, so a total at most {@code ttl} old is as good as a fresh one, while counting
 * tens of thousands of index entries on every page request is not free.
 */
public final class ShortLivedCache<V> {

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
    Entry<V> entry = entries.get(key);
    if (entry != null && now - entry.storedAt < ttl.toNanos()) {
      return entry.value;
    }
    V value = compute.get();
    if (entries.size() >= maxEntries) {
      // Rare (distinct filter sets beyond the bound within one TTL): start over rather than track age.
      entries.clear();
    }
    entries.put(key, new Entry<>(value, now));
    return value;
  }

  private record Entry<V>(V value, long storedAt) {}
}
