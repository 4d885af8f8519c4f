package dev.rescuedogs.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.postgresql.util.PSQLException;

/** Assertions on the PostgreSQL error a statement raises. */
public final class PostgresErrors {

  /** SQLSTATE of a CHECK constraint violation. */
  public static final String CHECK_VIOLATION = "23514";

  /** SQLSTATE of a unique constraint violation. */
  public static final String UNIQUE_VIOLATION = "23505";

  private PostgresErrors() {}

  /** Asserts that {@code statement} fails with {@code sqlState} raised by {@code constraint}. */
  public static void assertViolates(
      String sqlState, String constraint, ThrowingCallable statement) {
    assertThatThrownBy(statement)
        .satisfies(
            thrown -> {
              PSQLException error = psqlException(thrown);
              org.assertj.core.api.Assertions.assertThat(error.getSQLState())
                  .as("SQLSTATE of: %s", error.getMessage())
                  .isEqualTo(sqlState);
              org.assertj.core.api.Assertions.assertThat(
                      error.getServerErrorMessage().getConstraint())
                  .as("constraint of: %s", error.getMessage())
                  .isEqualTo(constraint);
            });
  }

  private static PSQLException psqlException(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof PSQLException psql) {
        return psql;
      }
      if (cause instanceof SQLException sql
          && sql.getNextException() instanceof PSQLException next) {
        return next;
      }
    }
    throw new AssertionError("expected a PostgreSQL error, got " + thrown, thrown);
  }
}
