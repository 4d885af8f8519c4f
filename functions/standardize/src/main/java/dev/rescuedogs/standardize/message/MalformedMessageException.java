package dev.rescuedogs.standardize.message;

/** A queue message that is not what the pipeline sends: retrying cannot fix it. */
public final class MalformedMessageException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public MalformedMessageException(String message) {
    super(message);
  }

  public MalformedMessageException(String message, Throwable cause) {
    super(message, cause);
  }
}
