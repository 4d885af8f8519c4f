package dev.rescuedogs.standardize.testing;

import dev.rescuedogs.store.images.DownloadedImage;
import dev.rescuedogs.store.images.ImageBucket;
import dev.rescuedogs.store.images.ImageSource;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;

/** An image source that draws a distinct PNG per URL, and a bucket that keeps objects in a map. */
public final class MemoryImages implements ImageSource, ImageBucket {

  private final Map<String, byte[]> objects = new TreeMap<>();
  private final List<URI> downloads = new ArrayList<>();

  @Override
  public synchronized DownloadedImage download(URI url, long maxBytes) {
    downloads.add(url);
    BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, url.hashCode());
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new DownloadedImage(png.toByteArray(), "image/png");
  }

  @Override
  public synchronized boolean exists(String key) {
    return objects.containsKey(key);
  }

  @Override
  public synchronized void put(String key, byte[] bytes, String contentType) {
    objects.put(key, bytes);
  }

  @Override
  public String publicUrl(String key) {
    return "https://images.rescuedogs.test/" + key;
  }

  public synchronized Map<String, byte[]> objects() {
    return Map.copyOf(objects);
  }

  public synchronized List<URI> downloads() {
    return List.copyOf(downloads);
  }
}
