package dev.rescuedogs.local.serve;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A loopback HTTP server that hands every request to the API's Lambda handler as an API Gateway
 * event and writes the handler's response back: the local stand-in for {@code sam local start-api}
 * (which needs Docker). Requests are routed as API Gateway routes them ({@link HttpApiRoutes}): a
 * request no route takes gets API Gateway's own 404 without reaching the handler.
 */
public final class ApiServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor;

  private ApiServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Starts serving on the loopback interface.
   *
   * @param routes which requests reach the handler
   * @param port the port, or 0 for any free one
   * @param threads requests handled at the same time
   */
  public static ApiServer start(
      RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler,
      HttpApiRoutes routes,
      int port,
      int threads) {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
      ExecutorService executor =
          Executors.newFixedThreadPool(
              threads,
              runnable -> {
                Thread thread = new Thread(runnable, "serve");
                thread.setDaemon(true);
                return thread;
              });
      server.setExecutor(executor);
      server.createContext("/", exchange -> handle(handler, routes, exchange));
      server.start();
      return new ApiServer(server, executor);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
    }
  }

  private static void handle(
      RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler,
      HttpApiRoutes routes,
      HttpExchange exchange) {
    Optional<HttpApiRoutes.Target> target =
        routes.route(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath());
    if (target.isEmpty()) {
      // API Gateway's own answer when no route matches: the function never sees the request.
      gatewayAnswer(exchange, 404, "{\"message\":\"Not Found\"}");
      return;
    }
    try {
      GatewayEvents.send(
          handler.handleRequest(GatewayEvents.toEvent(exchange, target.get()), null), exchange);
    } catch (RuntimeException | IOException e) {
      // What API Gateway answers when the function itself fails.
      gatewayAnswer(exchange, 500, "{\"message\":\"Internal Server Error\"}");
      System.err.println("serve: the handler failed: " + e);
    }
  }

  private static void gatewayAnswer(HttpExchange exchange, int status, String json) {
    try {
      byte[] body = json.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
      exchange.sendResponseHeaders(status, head ? -1 : body.length);
      if (!head) {
        exchange.getResponseBody().write(body);
      }
    } catch (IOException ignored) {
      // The client went away.
    } finally {
      exchange.close();
    }
  }

  /** The port it listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** {@code http://127.0.0.1:<port>}. */
  public String url() {
    return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + port();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdown();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
