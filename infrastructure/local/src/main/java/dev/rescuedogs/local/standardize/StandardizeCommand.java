package dev.rescuedogs.local.standardize;

import dev.rescuedogs.core.standardization.JsonLinesStandardizer;
import dev.rescuedogs.core.standardization.StandardizationSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code standardize}: raw dog records (JSON lines) to standardized records (JSON lines). */
@Command(
    name = "standardize",
    description =
        "Standardize raw dog records: one JSON object per input line, one standardized record per"
            + " output line (rejected records say why); a summary on stderr.",
    mixinStandardHelpOptions = true)
public final class StandardizeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--in", required = true, paramLabel = "FILE.jsonl", description = "Raw records.")
  Path in;

  @Option(names = "--out", paramLabel = "FILE.jsonl", description = "Output (default stdout).")
  Path out;

  @Option(
      names = "--reference-time",
      paramLabel = "ISO-8601",
      description =
          "The time ages are computed against: the scrape time of the records (default now).")
  Instant referenceTime;

  @Override
  public Integer call() throws IOException {
    Instant reference = referenceTime != null ? referenceTime : Instant.now();
    StandardizationSummary summary;
    try (InputStream input = Files.newInputStream(in)) {
      if (out == null) {
        OutputStream stdout = System.out;
        summary = new JsonLinesStandardizer().run(input, stdout, reference);
      } else {
        try (OutputStream output = Files.newOutputStream(out)) {
          summary = new JsonLinesStandardizer().run(input, output, reference);
        }
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    err.printf(
        "%d records: %d accepted, %d rejected %s, %d invalid lines; quality score %.3f%n",
        summary.records(),
        summary.accepted(),
        summary.rejected(),
        summary.rejectedByReason(),
        summary.invalidLines(),
        summary.qualityScore());
    err.flush();
    return 0;
  }
}
