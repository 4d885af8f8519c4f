package dev.rescuedogs.store.ingest;

/** An image row of a dog; the stored copy's columns are null until the image sync has copied it. */
record StoredImage(
    long dogId,
    int position,
    String originalUrl,
    String storageKey,
    String storedUrl,
    String contentSha256,
    Integer width,
    Integer height) {

  /** The same stored copy at another position (the original URL is unchanged). */
  StoredImage at(long newDogId, int newPosition) {
    return new StoredImage(
        newDogId, newPosition, originalUrl, storageKey, storedUrl, contentSha256, width, height);
  }

  static StoredImage pending(long dogId, int position, String originalUrl) {
    return new StoredImage(dogId, position, originalUrl, null, null, null, null, null);
  }
}
