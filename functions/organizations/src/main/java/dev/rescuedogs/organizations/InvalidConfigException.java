package dev.rescuedogs.organizations;

import java.util.List;
import java.util.stream.Collectors;

/** Organization configs that cannot be used; carries every problem found, not just the first. */
public class InvalidConfigException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<ConfigProblem> problems;

  public InvalidConfigException(List<ConfigProblem> problems) {
    super(describe(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid config has at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** The problems, in file order. */
  public List<ConfigProblem> problems() {
    return problems;
  }

  private static String describe(List<ConfigProblem> problems) {
    String heading =
        problems.size() == 1
            ? "1 problem in organization configs:"
            : problems.size() + " problems in organization configs:";
    return problems.stream()
        .map(problem -> "  " + problem.line())
        .collect(Collectors.joining("\n", heading + "\n", ""));
  }
}
