package dev.rescuedogs.store.ingest;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * CPU time spent by this thread and by a local PostgreSQL server (its postmaster and every backend
 * it has reaped), for benchmarks on a shared machine: wall-clock time there depends on what else
 * runs, CPU time much less. Linux only (reads /proc); elsewhere {@link #available()} is false.
 */
final class ProcessCpu {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final double TICKS_PER_SECOND = 100.0;

  private final Path postmasterStat;

  private ProcessCpu(Path postmasterStat) {
    this.postmasterStat = postmasterStat;
  }

  /** Finds the server behind {@code dataSource} through its data directory's postmaster.pid. */
  static ProcessCpu of(DataSource dataSource) {
    try {
      String dataDirectory =
          Jdbi.create(dataSource)
              .withHandle(h -> h.createQuery("SHOW data_directory").mapTo(String.class).one());
      List<String> pidFile = Files.readAllLines(Path.of(dataDirectory, "postmaster.pid"));
      Path stat = Path.of("/proc", pidFile.get(0).strip(), "stat");
      return new ProcessCpu(Files.isReadable(stat) ? stat : null);
    } catch (IOException | RuntimeException e) {
      return new ProcessCpu(null);
    }
  }

  boolean available() {
    return postmasterStat != null;
  }

  /** CPU used so far by the current thread. */
  static Duration thread() {
    return Duration.ofNanos(THREADS.getCurrentThreadCpuTime());
  }

  /**
   * CPU used so far by the server: the postmaster, its live children (backends, background workers)
   * and the children it has reaped.
   */
  Duration server() {
    if (postmasterStat == null) {
      return Duration.ZERO;
    }
    try {
      String postmasterPid = postmasterStat.getParent().getFileName().toString();
      long ticks = sum(fields(postmasterStat), 11, 14);
      try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
        for (Path process :
            processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
          String[] fields = fields(process.resolve("stat"));
          // fields[1] is the parent pid (field 4 of the line).
          if (fields != null && fields[1].equals(postmasterPid)) {
            ticks += sum(fields, 11, 12);
          }
        }
      }
      return Duration.ofMillis(Math.round(ticks / TICKS_PER_SECOND * 1000));
    } catch (IOException | RuntimeException e) {
      return Duration.ZERO;
    }
  }

  /** The fields after the parenthesised command name (state first), or null when gone. */
  private static String[] fields(Path stat) {
    try {
      String line = Files.readString(stat);
      return line.substring(line.lastIndexOf(')') + 2).split(" ");
    } catch (IOException e) {
      return null;
    }
  }

  private static long sum(String[] fields, int from, int to) {
    long total = 0;
    for (int i = from; i <= to; i++) {
      total += Long.parseLong(fields[i]);
    }
    return total;
  }
}
