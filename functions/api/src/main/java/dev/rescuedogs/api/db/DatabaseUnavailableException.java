package dev.rescuedogs.api.db;

/**
 * The database cannot answer now (down, unreachable, restarting, overloaded or too slow). The API
 * answers 503 with {@code Retry-After}; the cause is logged, never shown.
 */
public final class DatabaseUnavailableException extends RuntimeException {
  public DatabaseUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
