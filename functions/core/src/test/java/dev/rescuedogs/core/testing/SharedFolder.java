package dev.rescuedogs.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the project's {@code ../shared} reference folder (not part of the repository) for tests.
 */
public final class SharedFolder {

  private SharedFolder() {}

  /**
   * The shared folder: the first ancestor of the working directory that contains {@code
   * shared/reference}.
   */
  public static Optional<Path> find() {
    Path dir = Paths.get("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("shared");
      if (Files.isDirectory(candidate.resolve("reference"))) {
        return Optional.of(candidate);
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }

  /**
   * A file under the shared folder; skips the calling test (with the reason) when it is not there.
   */
  public static Path require(String relativePath) {
    Optional<Path> shared = find();
    Assumptions.assumeTrue(
        shared.isPresent(),
        "skipped: ../shared (reference material beside the repository) is not present");
    Path file = shared.get().resolve(relativePath);
    Assumptions.assumeTrue(
        Files.exists(file), "skipped: ../shared/" + relativePath + " is not present");
    return file;
  }
}
