package dev.rescuedogs.organizations;

import java.util.Objects;

/**
 * One thing wrong with an organization config file.
 *
 * @param file file name, e.g. {@code dogstrust.yaml}
 * @param path where in the document, dotted with indexes in brackets (e.g. {@code
 *     locations[0].country}); empty when the problem concerns the whole file
 * @param message what is wrong, in words a contributor can act on
 */
public record ConfigProblem(String file, String path, String message) {

  public ConfigProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /**
   * The problem as one line, e.g. {@code dogstrust.yaml: country: "UK" is not an ISO 3166-1 alpha-2
   * country code (did you mean "GB"?)}.
   */
  public String line() {
    return path.isEmpty() ? file + ": " + message : file + ": " + path + ": " + message;
  }

  @Override
  public String toString() {
    return line();
  }
}
