package dev.rescuedogs.store.images;

import java.io.IOException;

/**
 * The object store the catalog serves images from: Cloudflare R2 through the S3 API in production,
 * an S3-compatible server locally, a map in tests.
 */
public interface ImageBucket {

  /** Whether an object with this key exists. */
  boolean exists(String key) throws IOException;

  /** Stores an object (replacing any object with the same key). */
  void put(String key, byte[] bytes, String contentType) throws IOException;

  /** The absolute http(s) URL the public reads the object from. */
  String publicUrl(String key);
}
