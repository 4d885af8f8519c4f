package dev.rescuedogs.api.benchmark;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.rescuedogs.api.ApiHandler;
import dev.rescuedogs.api.testing.ApiClient;
import java.lang.management.ManagementFactory;
import java.util.Map;

/** Run in a fresh JVM by {@link ColdStartBenchmark}: builds the production handler and serves one request. */
public final class FirstRequest {

  private FirstRequest() {}

  public static void main(String[] args) {
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    long mainStart = System.currentTimeMillis();
    ApiHandler handler = new ApiHandler();
    long initialized = System.currentTimeMillis();
    APIGatewayV2HTTPResponse response = handler.handleRequest(ApiClient.event("GET", "/api/animals", Map.of()), null);
    long answered = System.currentTimeMillis();
    if (response.getStatusCode() != 200) {
      System.out.println("unexpected " + response.getStatusCode() + " " + response.getBody());
      System.exit(1);
    }
    System.out.printf("JVM start to first response %d ms (JVM boot %d ms, handler init %d ms, first request %d ms)%n",
        answered - jvmStart, mainStart - jvmStart, initialized - mainStart, answered - initialized);
  }
}
