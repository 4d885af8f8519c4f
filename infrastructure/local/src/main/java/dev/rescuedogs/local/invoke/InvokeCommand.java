package dev.rescuedogs.local.invoke;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.rescuedogs.local.database.DatabaseOptions;
import dev.rescuedogs.local.database.LocalDatabase;
import dev.rescuedogs.local.stack.LocalStack;
import dev.rescuedogs.organizations.OrganizationConfig;
import dev.rescuedogs.organizations.OrganizationConfigs;
import dev.rescuedogs.store.organization.OrganizationSync;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code invoke FUNCTION --event FILE}: {@code sam local invoke} without Docker. Runs the
 * function's real handler once on an event file (for example {@code events/api/health.json})
 * against the local stack — in-process SQS queues and S3 buckets, the embedded PostgreSQL or {@code
 * DATABASE_URL} — and prints the handler's response JSON on standard output, as Lambda returns it;
 * logs and what the invocation left in the stack go to standard error. A handler that throws prints
 * Lambda's error document ({@code errorMessage}, {@code errorType}) and exits 1.
 *
 * <p>The queues and buckets live for the one invocation: a standardize event finds its raw result
 * only when it is in the bucket, so on a fresh stack it reports a batch item failure, exactly as on
 * AWS with an empty bucket.
 */
@Command(
    name = "invoke",
    description = {
      "Invoke one function's handler on an event file against the local stack and print its"
          + " response (`sam local invoke` without Docker).",
      "Example: rescuedogs invoke api --event events/api/health.json"
    },
    mixinStandardHelpOptions = true)
public final class InvokeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DatabaseOptions databaseOptions;

  @Parameters(
      index = "0",
      paramLabel = "FUNCTION",
      converter = LocalFunction.Converter.class,
      description =
          "dispatch, scraper, standardize or api (the template's logical ids, such as"
              + " ApiFunction, work too).")
  LocalFunction function;

  @Option(
      names = {"-e", "--event"},
      required = true,
      paramLabel = "FILE",
      description = "The event, as `sam local invoke -e` takes it (see events/<function>/).")
  Path event;

  @Option(
      names = "--env",
      paramLabel = "NAME=VALUE",
      description =
          "An environment variable for the function, e.g. --env ADMIN_API_KEY=... (repeatable);"
              + " the process environment is passed through.")
  Map<String, String> overrides = new LinkedHashMap<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Object input = LambdaJson.read(event, function.eventType());
    requireEventShape(input);
    List<OrganizationConfig> configs = OrganizationConfigs.loadBundled();
    try (LocalStack stack = function.needsStack() ? LocalStack.start() : null;
        LocalDatabase database =
            function.needsDatabase() ? LocalDatabase.open(databaseOptions) : null) {
      Map<String, String> env = new LinkedHashMap<>(System.getenv());
      if (stack != null) {
        env.putAll(stack.environment());
      }
      env.putAll(overrides);
      if (database != null) {
        database.migrate();
        // The catalog's organizations come from the bundled configs, as after `run`.
        new OrganizationSync(database.dataSource()).sync(configs);
        err.println("Database: " + database.describe());
      }
      err.printf("Invoking %s with %s%n", function.functionName(), event);
      err.flush();
      LocalInvoker invoker =
          new LocalInvoker(
              stack,
              database == null ? null : database.dataSource(),
              configs,
              env,
              err,
              Clock.systemUTC());
      Object response;
      try {
        response = invoker.invoke(function, input);
      } catch (RuntimeException e) {
        out.println(LambdaJson.write(errorDocument(e)));
        out.flush();
        return 1;
      }
      out.println(LambdaJson.write(response));
      out.flush();
      return 0;
    }
  }

  /** Catches an event file meant for another function before its handler sees it. */
  private void requireEventShape(Object input) {
    if (input instanceof SQSEvent sQSEvent) {
      List<SQSEvent.SQSMessage> records = sQSEvent.getRecords();
      if (records == null || records.isEmpty()) {
        throw new IllegalArgumentException(
            event
                + " is not an SQS event (no Records), which the "
                + function.functionName()
                + " function takes");
      }
    } else if (input instanceof APIGatewayV2HTTPEvent http) {

      if (http.getRawPath() == null || http.getRequestContext() == null) {
        throw new IllegalArgumentException(
            event
                + " is not an API Gateway HTTP API (payload 2.0) request (no rawPath or"
                + " requestContext), which the api function takes");
      }
    }
  }

  /** The document Lambda returns for a function error. */
  private static Map<String, Object> errorDocument(RuntimeException e) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("errorMessage", String.valueOf(e.getMessage()));
    error.put("errorType", e.getClass().getName());
    return error;
  }
}
