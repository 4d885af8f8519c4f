package dev.rescuedogs.sam;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Paths of the checkout the tests run in, and of the shared reference material beside it. */
final class Repository {

  private Repository() {}

  /** The repository root: the nearest directory upwards that holds template.yaml and pom.xml. */
  static Path root() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("template.yaml"))
          && Files.isRegularFile(dir.resolve("pom.xml"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no template.yaml above " + Path.of("").toAbsolutePath());
  }

  static Path file(String relative) {
    return root().resolve(relative);
  }

  static String read(String relative) {
    try {
      return Files.readString(file(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The shared reference directory (../shared from the root), when this machine has it. */
  static Optional<Path> shared() {
    for (Path dir = root(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("shared").resolve("reference"))) {
        return Optional.of(dir.resolve("shared"));
      }
    }
    return Optional.empty();
  }

  /** The official SAM schema; skips the calling test when the shared material is absent. */
  static Path samSchemaOrSkip() {
    Optional<Path> schema =
        shared().map(s -> s.resolve("schema").resolve("sam.schema.json")).filter(Files::exists);
    assumeTrue(
        schema.isPresent(),
        "../shared/schema/sam.schema.json is not present: SAM schema validation skipped");
    return schema.get();
  }
}
