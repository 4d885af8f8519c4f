package dev.rescuedogs.api.animals;

import java.util.Arrays;
import java.util.List;

/** Orders of the catalog; each ends with the dog id so pages never overlap or leave gaps. */
public enum Sort {
  NEWEST("newest"),
  OLDEST("oldest"),
  NAME_ASC("name-asc"),
  NAME_DESC("name-desc"),
  DISTANCE("distance"),
  RANDOM("random");

  private final String parameter;

  Sort(String parameter) {
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }

  public static List<String> parameters() {
    return Arrays.stream(values()).map(Sort::parameter).toList();
  }

  public static Sort of(String parameter) {
    return Arrays.stream(values())
        .filter(sort -> sort.parameter.equals(parameter))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown sort " + parameter));
  }

  /** Whether later rows have larger keys ({@code >} continues the page). */
  public boolean ascending() {
    return this != NEWEST && this != NAME_DESC;
  }
}
