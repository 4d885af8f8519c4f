package dev.rescuedogs.core.rawresult;

/**
 * The cache validators a server sent for a URL, kept for a conditional GET on the next run.
 *
 * @param etag the {@code ETag} header value (with its quotes and weak prefix), or null
 * @param lastModified the {@code Last-Modified} header value, or null
 */
public record Validator(String etag, String lastModified) {

  /** Whether there is nothing to revalidate with. */
  public boolean isEmpty() {
    return (etag == null || etag.isBlank()) && (lastModified == null || lastModified.isBlank());
  }
}
