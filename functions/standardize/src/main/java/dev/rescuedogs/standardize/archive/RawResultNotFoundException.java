package dev.rescuedogs.standardize.archive;

/** No raw result is archived where a message says it is. */
public final class RawResultNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RawResultNotFoundException(String location) {
    super("no raw result archived at " + location);
  }
}
