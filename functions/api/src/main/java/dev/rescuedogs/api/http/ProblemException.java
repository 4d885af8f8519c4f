package dev.rescuedogs.api.http;

import java.util.List;
import java.util.Map;

/** Ends a request with a problem document. */
public final class ProblemException extends RuntimeException {

  private final transient Problem problem;
  private final transient Map<String, String> headers;

  public ProblemException(Problem problem) {
    this(problem, Map.of());
  }

  /** A problem answered with extra headers (e.g. {@code Retry-After}, {@code Allow}). */
  public ProblemException(Problem problem, Map<String, String> headers) {
    super(problem.type().title() + ": " + problem.detail(), null, false, false);
    this.problem = problem;
    this.headers = Map.copyOf(headers);
  }

  public static ProblemException invalidParameters(List<InvalidParameter> invalid) {
    String detail =
        invalid.size() == 1
            ? "Parameter '" + invalid.get(0).name() + "' " + invalid.get(0).reason() + "."
            : invalid.size() + " parameters are invalid; see invalid_params.";
    return new ProblemException(new Problem(ProblemType.INVALID_PARAMETERS, detail, invalid));
  }

  public static ProblemException notFound(String detail) {
    return new ProblemException(Problem.of(ProblemType.NOT_FOUND, detail));
  }

  public Problem problem() {
    return problem;
  }

  public Map<String, String> headers() {
    return headers;
  }
}
