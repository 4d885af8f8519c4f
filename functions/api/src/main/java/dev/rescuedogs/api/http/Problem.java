package dev.rescuedogs.api.http;

import java.util.List;

/**
 * An RFC 9457 problem document: {@code type, title, status, detail, instance} plus {@code
 * invalid_params} for validation failures. {@code detail} is written for people and never carries
 * internals (stack traces, SQL, host names).
 */
public record Problem(ProblemType type, String detail, List<InvalidParameter> invalidParameters) {

  public Problem {
    invalidParameters = List.copyOf(invalidParameters);
  }

  public static Problem of(ProblemType type, String detail) {
    return new Problem(type, detail, List.of());
  }

  public int status() {
    return type.status();
  }
}
