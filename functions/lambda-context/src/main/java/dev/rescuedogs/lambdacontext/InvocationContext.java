package dev.rescuedogs.lambdacontext;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The Lambda context of one invocation made outside Lambda — by a handler test or the local tool: a
 * request id and a deadline, so a function's remaining-time checks behave as they do on Lambda.
 */
public final class InvocationContext implements Context {

  private final String functionName;
  private final String requestId;
  private final Instant deadline;
  private final Clock clock;

  /** A fresh random request id and {@code timeout} from now. */
  public InvocationContext(String functionName, Duration timeout, Clock clock) {
    this(functionName, UUID.randomUUID().toString(), timeout, clock);
  }

  public InvocationContext(String functionName, String requestId, Duration timeout, Clock clock) {
    this.functionName = Objects.requireNonNull(functionName, "functionName");
    this.requestId = Objects.requireNonNull(requestId, "requestId");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.deadline = clock.instant().plus(timeout);
  }

  /** A context with {@code remaining} time left, by the system clock (handler tests). */
  public static InvocationContext withRemaining(
      String functionName, String requestId, Duration remaining) {
    return new InvocationContext(functionName, requestId, remaining, Clock.systemUTC());
  }

  @Override
  public String getAwsRequestId() {
    return requestId;
  }

  @Override
  public String getLogGroupName() {
    return "/aws/lambda/" + functionName;
  }

  @Override
  public String getLogStreamName() {
    return "local";
  }

  @Override
  public String getFunctionName() {
    return functionName;
  }

  @Override
  public String getFunctionVersion() {
    return "$LATEST";
  }

  @Override
  public String getInvokedFunctionArn() {
    return "arn:aws:lambda:eu-central-1:123456789012:function:" + functionName;
  }

  @Override
  public CognitoIdentity getIdentity() {
    return null;
  }

  @Override
  public ClientContext getClientContext() {
    return null;
  }

  @Override
  public int getRemainingTimeInMillis() {
    return (int) Math.max(0, Duration.between(clock.instant(), deadline).toMillis());
  }

  @Override
  public int getMemoryLimitInMB() {
    return 1024;
  }

  @Override
  public LambdaLogger getLogger() {
    // Standard error: standard output may carry what a command prints for people or programs.
    return new LambdaLogger() {
      @Override
      public void log(String message) {
        System.err.print(message);
      }

      @Override
      public void log(byte[] message) {
        System.err.print(new String(message, StandardCharsets.UTF_8));
      }
    };
  }
}
