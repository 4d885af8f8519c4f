package dev.rescuedogs.api.benchmark;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.rescuedogs.api.ApiHandler;
import java.lang.management.ManagementFactory;
import java.util.Map;

/**
 * Run in a fresh JVM by {@link ColdStartBenchmark}, on the function's jar: builds the production
 * handler and serves one {@code GET /api/animals}, with the event API Gateway sends (the Lambda
 * runtime's own JSON decoding of the event is not part of it). Prints wall-clock phases and the CPU
 * time the process used (less sensitive to other processes on the machine).
 */
public final class FirstRequest {

  private FirstRequest() {}

  public static void main(String[] args) {
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    long mainStart = System.currentTimeMillis();
    ApiHandler handler = new ApiHandler();
    long initialized = System.currentTimeMillis();
    APIGatewayV2HTTPResponse response = handler.handleRequest(event("/api/animals"), null);
    long answered = System.currentTimeMillis();
    if (response.getStatusCode() != 200) {
      System.out.println("unexpected " + response.getStatusCode() + " " + response.getBody());
      System.exit(1);
    }
    long cpuMillis =
        ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
    System.out.printf(
        "JVM start to first response %d ms (JVM boot %d ms, handler init %d ms, first request %d ms;"
            + " process CPU %d ms)%n",
        answered - jvmStart,
        mainStart - jvmStart,
        initialized - mainStart,
        answered - initialized,
        cpuMillis);
  }

  static APIGatewayV2HTTPEvent event(String path) {
    APIGatewayV2HTTPEvent.RequestContext.Http http =
        new APIGatewayV2HTTPEvent.RequestContext.Http();
    http.setMethod("GET");
    http.setPath(path);
    http.setProtocol("HTTP/1.1");
    http.setSourceIp("203.0.113.9");
    APIGatewayV2HTTPEvent.RequestContext context = new APIGatewayV2HTTPEvent.RequestContext();
    context.setHttp(http);
    context.setStage("$default");
    context.setRequestId("JjWr5gZ2joEEMrQ=");
    context.setDomainName("api.example.org");
    APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
    event.setVersion("2.0");
    event.setRouteKey("$default");
    event.setRawPath(path);
    event.setRawQueryString("");
    event.setHeaders(
        Map.of(
            "host",
            "api.example.org",
            "x-forwarded-proto",
            "https",
            "accept-encoding",
            "gzip, deflate, br",
            "user-agent",
            "Mozilla/5.0"));
    event.setRequestContext(context);
    return event;
  }
}
