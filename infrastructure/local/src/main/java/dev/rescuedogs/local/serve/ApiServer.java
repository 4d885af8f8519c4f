package dev.rescuedogs.local.serve;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A loopback HTTP server that hands every request to the API's Lambda handler as an API Gateway
 * event and writes the handler's response back: the local stand-in for {@code sam local start-api}
 * (which needs Docker). Every path goes to the handler, as with the API's {@code $default} route; the
 * handler answers unknown paths with 404 problems itself.
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
   * @param port the port, or 0 for any free one
   * @param threads requests handled at the same time
   */
  public static ApiServer start(
      RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler, int port, int threads) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
      ExecutorService executor = Executors.newFixedThreadPool(threads, runnable -> {
        Thread thread = new Thread(runnable, "serve");
        thread.setDaemon(true);
        return thread;
      });
      server.setExecutor(executor);
      server.createContext("/", exchange -> handle(handler, exchange));
      server.start();
      return new ApiServer(server, executor);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
    }
  }

  private static void handle(
      RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler, HttpExchange exchange) {
    try {
      GatewayEvents.send(handler.handleRequest(GatewayEvents.toEvent(exchange), null), exchange);
    } catch (RuntimeException | IOException e) {
      // What API Gateway answers when the function itself fails.
      try {
        byte[] body = "{\"message\":\"Internal Server Error\"}".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(500, body.length);
        exchange.getResponseBody().write(body);
      } catch (IOException ignored) {
        // The client went away.
      } finally {
        exchange.close();
      }
      System.err.println("serve: the handler failed: " + e);
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
