package dev.rescuedogs.api.http;

import java.util.Locale;

/**
 * The kinds of problem the API reports. Each has a stable {@code type} URI, relative to the API
 * ({@code /api/problems/<name>}), where a client finds its description.
 */
public enum ProblemType {
  INVALID_PARAMETERS(
      400,
      "Invalid request parameters",
      "One or more query parameters are unknown, repeated, malformed or out of range;"
          + " invalid_params names each one and says why."),
  AUTHENTICATION_REQUIRED(
      401,
      "Authentication required",
      "The endpoint is for operators: send the operator key in the X-API-Key header."),
  NOT_FOUND(404, "Not found", "Nothing exists at this URL (an unknown path, dog or organization)."),
  METHOD_NOT_ALLOWED(
      405,
      "Method not allowed",
      "The catalog is read-only: use GET or HEAD (and OPTIONS for CORS preflight). See the Allow header."),
  URI_TOO_LONG(414, "URI too long", "The query string is longer than the API accepts."),
  INTERNAL_ERROR(
      500,
      "Internal error",
      "The API failed unexpectedly. The failure is logged with the request_id; retrying may help."),
  SERVICE_UNAVAILABLE(
      503,
      "Service unavailable",
      "The database or a required setting is unavailable for the moment; retry after the Retry-After delay.");

  private final int status;
  private final String title;
  private final String description;

  ProblemType(int status, String title, String description) {
    this.status = status;
    this.title = title;
    this.description = description;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  /** URL-friendly name, e.g. {@code invalid-parameters}. */
  public String slug() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The {@code type} member of problem documents of this kind. */
  public String uri() {
    return "/api/problems/" + slug();
  }
}
