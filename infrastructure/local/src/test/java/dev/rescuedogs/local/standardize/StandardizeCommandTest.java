package dev.rescuedogs.local.standardize;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rescuedogs.local.RescueDogsCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class StandardizeCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyInputLineGetsAStandardizedLineAndTheSummaryCountsRejects(@TempDir Path dir)
      throws IOException {
    Path in = dir.resolve("raw.jsonl");
    Path out = dir.resolve("standardized.jsonl");
    Files.writeString(
        in,
        """
        {"name":"BELLA","breed":"Deutscher Schäferhund Mischling","age_text":"3 Monate alt","sex":"Hündin","size":"mittel"}
        {"name":"Please","breed":"Labrador"}
        not json at all
        """);
    StringWriter err = new StringWriter();
    CommandLine commandLine = RescueDogsCommand.newCommandLine();
    commandLine.setErr(new PrintWriter(err));

    int exitCode =
        commandLine.execute(
            "standardize",
            "--in",
            in.toString(),
            "--out",
            out.toString(),
            "--reference-time",
            "2026-11-26T00:00:00Z");

    assertThat(exitCode).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(3);
    JsonNode bella = JSON.readTree(lines.get(0));
    assertThat(bella.get("name").asText()).isEqualTo("Bella");
    assertThat(bella.get("standardized_breed").asText()).isEqualTo("German Shepherd Dog Cross");
    assertThat(bella.get("age_category").asText()).isEqualTo("Puppy");
    assertThat(bella.get("sex").asText()).isEqualTo("Female");
    assertThat(bella.get("standardized_size").asText()).isEqualTo("Medium");
    assertThat(bella.get("rejected").asBoolean()).isFalse();
    JsonNode please = JSON.readTree(lines.get(1));
    assertThat(please.get("rejected").asBoolean()).isTrue();
    assertThat(please.get("reject_reason").asText()).isNotBlank();
    assertThat(lines.get(2)).contains("malformed_json");
    assertThat(err.toString())
        .contains("2 records: 1 accepted, 1 rejected {name_is_page_furniture=1}, 1 invalid lines");
  }
}
