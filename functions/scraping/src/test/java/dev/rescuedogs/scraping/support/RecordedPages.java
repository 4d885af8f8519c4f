package dev.rescuedogs.scraping.support;

import dev.rescuedogs.scraping.fetch.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Real pages recorded from the organizations' sites, in {@code ../shared/fixtures/<organization>}
 * beside the repository (not part of it; see its MANIFEST.md). Tests that read them skip, saying
 * why, where that folder or the page is absent.
 */
public final class RecordedPages {

  private RecordedPages() {}

  /**
   * The recorded page {@code file} of the organization, as a server that sent no charset would have
   * delivered it from {@code savedFrom}.
   */
  public static Page page(String organization, String file, String savedFrom) {
    return page(organization, file, URI.create(savedFrom));
  }

  /** As {@link #page(String, String, String)}, for a URL already parsed. */
  public static Page page(String organization, String file, URI savedFrom) {
    Path path = folder(organization).resolve(file);
    Assumptions.assumeTrue(
        Files.isRegularFile(path), "skipped: recorded page " + path + " is not present");
    try {
      return Page.ofSavedBytes(savedFrom, Files.readAllBytes(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code ../shared/fixtures/<organization>}, found by walking up from the working directory to
   * the folder that holds {@code shared/reference}; skips the test where it is absent.
   */
  public static Path folder(String organization) {
    Path start = Path.of("").toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("shared").resolve("reference"))) {
        Path folder = dir.resolve("shared").resolve("fixtures").resolve(organization);
        Assumptions.assumeTrue(
            Files.isDirectory(folder),
            "skipped: ../shared/fixtures/"
                + organization
                + " (recorded pages) is not at "
                + folder);
        return folder;
      }
    }
    Assumptions.abort(
        "skipped: ../shared/fixtures/"
            + organization
            + " (recorded pages beside the repository) is not present above "
            + start);
    throw new AssertionError("unreachable: Assumptions.abort always throws");
  }
}
