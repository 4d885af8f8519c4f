package dev.rescuedogs.api.db;

/** A database error that is not an outage: a bug. The API answers 500 and logs the cause. */
public final class DatabaseException extends RuntimeException {
  public DatabaseException(String message, Throwable cause) {
    super(message, cause);
  }
}
