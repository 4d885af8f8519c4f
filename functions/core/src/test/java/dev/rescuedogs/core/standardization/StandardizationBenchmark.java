package dev.rescuedogs.core.standardization;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.dog.StandardizedDog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Measures standardization throughput on one thread over a generated, realistic, multilingual
 * corpus ({@link CorpusGenerator}, fixed seed).
 *
 * <p>Run: {@code mvn -B -q -pl functions/core test-compile exec:java} (arguments: {@code
 * -Dexec.args="RECORDS ROUNDS WARMUP_SECONDS"}, default 20000 records, 20 rounds, 20 s warm-up).
 * After the warm-up (long enough for the JIT to settle), each round is one pass over the corpus;
 * the benchmark prints records per second of the measuring thread's CPU time — what one core does,
 * even on a machine shared with other work — for the best and the median round, and the overall
 * wall-clock rate. Two paths are measured: the engine ({@link DogStandardizer}) and the whole
 * JSON-lines path of the {@code standardize} command (parse, standardize, write).
 */
public final class StandardizationBenchmark {

  private static final Instant REFERENCE = Instant.parse("2026-11-26T00:00:00Z");
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private StandardizationBenchmark() {}

  /** One way of standardizing the whole corpus once. */
  private interface Pass {
    long run() throws IOException;
  }

  public static void main(String[] args) throws IOException {
    int records = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    double warmupSeconds = args.length > 2 ? Double.parseDouble(args[2]) : 20;

    List<RawDog> corpus = new CorpusGenerator(20261126L).generate(records);
    byte[] jsonLines = toJsonLines(corpus);
    DogStandardizer standardizer = new DogStandardizer();
    JsonLinesStandardizer jsonStandardizer = new JsonLinesStandardizer(standardizer);
    ByteArrayOutputStream out = new ByteArrayOutputStream(jsonLines.length * 3);

    Pass engine =
        () -> {
          long sink = 0;
          for (RawDog dog : corpus) {
            StandardizedDog result = standardizer.standardize(dog, REFERENCE);
            sink += result.breed().slug().length() + (result.rejected() ? 1 : 0);
          }
          return sink;
        };
    Pass json =
        () -> {
          out.reset();
          return jsonStandardizer
              .run(new ByteArrayInputStream(jsonLines), out, REFERENCE)
              .records();
        };

    System.out.printf(
        Locale.ROOT,
        "corpus: %,d records (7 site families, 6 languages), %,d bytes as JSON lines%n",
        corpus.size(),
        jsonLines.length);
    System.out.printf(Locale.ROOT, "warming up for %.0f s ...%n", warmupSeconds);
    long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
    long sink = 0;
    while (System.nanoTime() < warmupEnd) {
      sink += engine.run() + json.run();
    }

    System.out.printf(
        Locale.ROOT,
        "%-42s %16s %16s %16s%n",
        "records/s, " + rounds + " rounds of one pass",
        "best (CPU)",
        "median (CPU)",
        "overall (wall)");
    sink += report("engine (DogStandardizer, 1 thread)", engine, corpus.size(), rounds);
    sink += report("JSON lines (parse + standardize + write)", json, corpus.size(), rounds);
    if (sink == 42) {
      System.out.println("(unlikely) " + sink);
    }
  }

  private static long report(String label, Pass pass, int records, int rounds) throws IOException {
    double[] cpuRates = new double[rounds];
    long sink = 0;
    long wallStart = System.nanoTime();
    for (int round = 0; round < rounds; round++) {
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      sink += pass.run();
      cpuRates[round] = records / ((THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9);
    }
    double wallRate = (double) records * rounds / ((System.nanoTime() - wallStart) / 1e9);
    Arrays.sort(cpuRates);
    System.out.printf(
        Locale.ROOT,
        "%-42s %,16.0f %,16.0f %,16.0f%n",
        label,
        cpuRates[rounds - 1],
        cpuRates[rounds / 2],
        wallRate);
    return sink;
  }

  private static byte[] toJsonLines(List<RawDog> corpus) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    StringBuilder lines = new StringBuilder();
    for (RawDog dog : corpus) {
      lines.append(mapper.writeValueAsString(dog)).append('\n');
    }
    return lines.toString().getBytes(StandardCharsets.UTF_8);
  }
}
