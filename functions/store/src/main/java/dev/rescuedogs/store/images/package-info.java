/**
 * Copies dog images to the image store (Cloudflare R2 through the S3 API in production) under
 * content-addressed keys, {@code dogs/{sha256}.{ext}}.
 *
 * <h2>API</h2>
 *
 * <pre>{@code
 * public interface ImageSource {   // fetches an image from the organization's site
 *   DownloadedImage download(URI url, long maxBytes) throws IOException;
 * }
 * public final class DownloadedImage {   // bytes() and contentType(); contentType may be null
 *   public DownloadedImage(byte[] bytes, String contentType);
 * }
 * public final class HttpImageSource implements ImageSource {   // JDK HttpClient, ready to use
 *   public HttpImageSource(String userAgent, Duration timeout);
 * }
 * public final class ImageTooLargeException extends IOException {}   // thrown past maxBytes
 * public interface ImageBucket {   // the bucket: an S3 client in production, a map in tests
 *   boolean exists(String key) throws IOException;
 *   void put(String key, byte[] bytes, String contentType) throws IOException;
 *   String publicUrl(String key);  // absolute http(s) URL the catalog serves
 * }
 * public final class ImageSync {
 *   public ImageSync(DataSource dataSource, ImageSource source, ImageBucket bucket);
 *   public ImageSync(DataSource dataSource, ImageSource source, ImageBucket bucket,
 *       ImageSyncSettings settings);
 *   // ImageSyncSettings(long maxBytes, int maxImages, int parallelism);
 *   // ImageSyncSettings.defaults(): 10 MB, 5,000 images per call, 4 downloads at once
 *   public ImageSyncReport syncSession(long sessionId);   // IllegalArgumentException: no session
 * }
 * public record ImageSyncReport(long sessionId, int pending, int uploaded, int reused,
 *     int failed, Map<String, Integer> failuresByReason, List<ImageFailure> failures) {}
 * // failure reasons: invalid_url, download_failed, too_large, not_an_image, upload_failed
 * }</pre>
 *
 * <p>{@code syncSession} handles the images without a stored copy of the dogs seen in the session;
 * an image failure is counted (session images_failed = failures of the latest call, images_uploaded
 * accumulates) and never affects the dog data. Calling it again is safe: stored images are skipped,
 * failed ones are tried again. Keys use the detected format's extension (jpg, png, webp, gif,
 * avif); ImageIO fills width/height for JPEG, PNG and GIF.
 */
package dev.rescuedogs.store.images;
