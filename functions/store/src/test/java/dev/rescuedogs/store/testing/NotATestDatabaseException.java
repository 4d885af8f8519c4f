package dev.rescuedogs.store.testing;

/** Thrown when test code reaches a database whose name does not mark it as a test database. */
public final class NotATestDatabaseException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final String databaseName;

  NotATestDatabaseException(String databaseName) {
    super(
        "Refusing to use database '"
            + databaseName
            + "': it is not a test database (test databases are named "
            + TestDatabaseGuard.PREFIX
            + "<random> and created by dev.rescuedogs.testing.TestDatabase). Tests must never"
            + " touch a real database.");
    this.databaseName = databaseName;
  }

  /** The refused database's name as reported by the server. */
  public String databaseName() {
    return databaseName;
  }
}
