package dev.rescuedogs.api.benchmark;

import java.util.Arrays;

/** p50 / p99 of recorded durations, in milliseconds. */
public final class Percentiles {

  private final long[] nanos;
  private int count;

  public Percentiles(int capacity) {
    nanos = new long[capacity];
  }

  public synchronized void record(long durationNanos) {
    if (count < nanos.length) {
      nanos[count++] = durationNanos;
    }
  }

  public synchronized int count() {
    return count;
  }

  public synchronized double percentileMillis(double percentile) {
    if (count == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    int index = (int) Math.ceil(percentile / 100.0 * count) - 1;
    return sorted[Math.max(0, Math.min(count - 1, index))] / 1_000_000.0;
  }
}
