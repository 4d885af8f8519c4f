package dev.rescuedogs.core.size;

/**
 * The standardized size of a dog.
 *
 * @param raw the size text as scraped (plain text), null when there was none
 * @param size the standardized size, null when nothing said it (never a default)
 * @param source where the size came from, null exactly when the size is null
 */
public record StandardizedSize(String raw, DogSize size, SizeSource source) {

  public StandardizedSize {
    if ((size == null) != (source == null)) {
      throw new IllegalArgumentException("size and source must be both present or both absent");
    }
  }
}
