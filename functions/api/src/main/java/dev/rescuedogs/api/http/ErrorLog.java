package dev.rescuedogs.api.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * One JSON line per failure on standard error (CloudWatch Logs in Lambda): what went wrong, for
 * which request, with the cause chain. Clients only ever see the request id.
 */
public final class ErrorLog {

  private static final PrintStream OUT = System.err;

  private ErrorLog() {}

  public static void error(
      String requestId, String method, String path, String message, Throwable failure) {
    ObjectNode line = Json.object();
    line.put("level", "ERROR");
    line.put("message", message);
    line.put("request_id", requestId);
    line.put("method", method);
    line.put("path", path);
    if (failure != null) {
      StringBuilder causes = new StringBuilder();
      for (Throwable t = failure; t != null; t = t.getCause()) {
        if (causes.length() > 0) {
          causes.append(" <- ");
        }
        causes.append(t.getClass().getName()).append(": ").append(t.getMessage());
      }
      line.put("error", causes.toString());
      StackTraceElement[] stack = failure.getStackTrace();
      if (stack.length > 0) {
        line.put("at", stack[0].toString());
      }
    }
    OUT.println(new String(Json.bytes(line), StandardCharsets.UTF_8));
  }
}
