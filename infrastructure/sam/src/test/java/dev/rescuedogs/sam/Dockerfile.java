package dev.rescuedogs.sam;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parts of a Dockerfile the tests look at: its final stage's ENV, CMD and base image. */
record Dockerfile(
    String text, List<String> baseImages, Map<String, String> environment, String command) {

  private static final Pattern ASSIGNMENT =
      Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"[^\"]*\"|\\S+)");

  static Dockerfile parse(String text) {
    List<String> bases = new ArrayList<>();
    Map<String, String> environment = new LinkedHashMap<>();
    String command = null;
    for (String instruction : instructions(text)) {
      String[] parts = instruction.split("\\s+", 2);
      String keyword = parts[0].toUpperCase(Locale.ROOT);
      String arguments = parts.length > 1 ? parts[1] : "";
      if (keyword.equals("FROM")) {
        bases.add(arguments.split("\\s+", -1)[0]);
        environment.clear(); // a new stage starts with none of the previous stage's ENV
      } else if (keyword.equals("ENV")) {
        Matcher assignment = ASSIGNMENT.matcher(arguments);
        while (assignment.find()) {
          environment.put(assignment.group(1), assignment.group(2).replace("\"", ""));
        }
      } else if (keyword.equals("CMD")) {
        command = arguments.replaceAll("^\\[\\s*\"|\"\\s*]$", "");
      }
    }
    return new Dockerfile(text, List.copyOf(bases), Map.copyOf(environment), command);
  }

  String finalBaseImage() {
    return baseImages.get(baseImages.size() - 1);
  }

  /** Instructions with their continuation lines joined and comments dropped. */
  private static List<String> instructions(String text) {
    List<String> instructions = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      String stripped = line.strip();
      if (stripped.startsWith("#") || (stripped.isEmpty() && current.length() == 0)) {
        continue;
      }
      boolean continues = stripped.endsWith("\\");
      current
          .append(continues ? stripped.substring(0, stripped.length() - 1) : stripped)
          .append(' ');
      if (!continues) {
        instructions.add(current.toString().strip());
        current.setLength(0);
      }
    }
    return instructions;
  }
}
