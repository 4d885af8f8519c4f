package dev.rescuedogs.store.images;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/** In-memory stand-ins for the image source and the bucket. */
final class FakeImages {

  private FakeImages() {}

  /** A real encoded image of the given size ("png", "jpg" or "gif"). */
  static byte[] encoded(String format, int width, int height, int seed) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < width; x++) {
      for (int y = 0; y < height; y++) {
        image.setRGB(x, y, (x * 31 + y * 17 + seed * 101) & 0xFFFFFF);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no ImageIO writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Serves canned responses and counts downloads per URL. */
  static final class Source implements ImageSource {
    private final Map<String, DownloadedImage> images = new HashMap<>();
    private final Map<String, IOException> failures = new HashMap<>();
    final Map<String, Integer> downloads = new HashMap<>();

    Source serve(String url, byte[] bytes, String contentType) {
      images.put(url, new DownloadedImage(bytes, contentType));
      return this;
    }

    Source fail(String url, IOException failure) {
      failures.put(url, failure);
      return this;
    }

    /** The URL works again. */
    Source recover(String url) {
      failures.remove(url);
      return this;
    }

    @Override
    public synchronized DownloadedImage download(URI url, long maxBytes) throws IOException {
      downloads.merge(url.toString(), 1, Integer::sum);
      IOException failure = failures.get(url.toString());
      if (failure != null) {
        throw failure;
      }
      DownloadedImage image = images.get(url.toString());
      if (image == null) {
        throw new IOException("HTTP 404 for " + url);
      }
      return image;
    }

    int totalDownloads() {
      return downloads.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /** A map of objects; counts puts; can be made to fail. */
  static final class Bucket implements ImageBucket {
    final Map<String, byte[]> objects = new HashMap<>();
    final Map<String, String> contentTypes = new HashMap<>();
    final List<String> puts = new ArrayList<>();
    boolean failPuts;

    @Override
    public synchronized boolean exists(String key) {
      return objects.containsKey(key);
    }

    @Override
    public synchronized void put(String key, byte[] bytes, String contentType) throws IOException {
      if (failPuts) {
        throw new IOException("bucket unavailable");
      }
      puts.add(key);
      objects.put(key, bytes);
      contentTypes.put(key, contentType);
    }

    @Override
    public String publicUrl(String key) {
      return "https://images.example.org/" + key;
    }
  }
}
