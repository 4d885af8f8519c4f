package dev.rescuedogs.standardize.images;

import dev.rescuedogs.store.images.ImageBucket;
import java.io.IOException;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The image bucket through the S3 API: Cloudflare R2 in production, an S3-compatible server
 * locally. Keys are content hashes, so objects never change: they are served as immutable.
 */
public final class S3ImageBucket implements ImageBucket {

  static final String CACHE_CONTROL = "public, max-age=31536000, immutable";

  private final S3Client s3;
  private final String bucket;
  private final String publicBaseUrl;

  /**
   * @param publicBaseUrl where the public reads the bucket, e.g. {@code
   *     https://images.rescuedogs.example}; an object's URL is this plus {@code /} plus its key
   */
  public S3ImageBucket(S3Client s3, String bucket, String publicBaseUrl) {
    this.s3 = Objects.requireNonNull(s3, "s3");
    this.bucket = Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
    if (!publicBaseUrl.matches("(?i)^https?://.+")) {
      throw new IllegalArgumentException(
          "the image bucket's public base URL must be http(s): " + publicBaseUrl);
    }
    this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
  }

  @Override
  public boolean exists(String key) throws IOException {
    try {
      s3.headObject(request -> request.bucket(bucket).key(key));
      return true;
    } catch (NoSuchKeyException e) {
      return false;
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return false;
      }
      throw new IOException("cannot check " + key + " in " + bucket + ": " + e.getMessage(), e);
    } catch (SdkException e) {
      throw new IOException("cannot check " + key + " in " + bucket + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void put(String key, byte[] bytes, String contentType) throws IOException {
    try {
      s3.putObject(
          request ->
              request.bucket(bucket).key(key).contentType(contentType).cacheControl(CACHE_CONTROL),
          RequestBody.fromBytes(bytes));
    } catch (SdkException e) {
      throw new IOException("cannot upload " + key + " to " + bucket + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String publicUrl(String key) {
    return publicBaseUrl + "/" + key;
  }
}
