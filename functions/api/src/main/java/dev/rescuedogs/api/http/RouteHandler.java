package dev.rescuedogs.api.http;

/** Answers the requests of one route. */
@FunctionalInterface
public interface RouteHandler {
  HttpResponse handle(RouteRequest request);
}
