package dev.rescuedogs.store.backup;

/** A catalog dump that cannot be imported; the import wrote nothing. */
public final class InvalidDumpException extends RuntimeException {

  private final int lineNumber;

  public InvalidDumpException(int lineNumber, String problem) {
    super(lineNumber > 0 ? "line " + lineNumber + ": " + problem : problem);
    this.lineNumber = lineNumber;
  }

  /** The dump's line the problem is on, or 0 when it concerns the whole dump or the target. */
  public int lineNumber() {
    return lineNumber;
  }
}
