package dev.rescuedogs.store.images;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * What a client needs to lay out a page before an image loads: its width and height, and a tiny
 * blurred placeholder as a data URI (a {@value #PLACEHOLDER_SIZE}-pixel JPEG the browser stretches
 * and blurs). Read with the JDK's image APIs, which know JPEG, PNG, GIF and BMP; WebP and AVIF get
 * neither (null), and the catalog simply shows no placeholder for them.
 *
 * @param width pixels
 * @param height pixels
 * @param placeholder {@code data:image/jpeg;base64,...}, at most {@value #MAX_PLACEHOLDER_CHARS}
 *     characters, or null when none could be made
 */
public record ImagePreview(int width, int height, String placeholder) {

  /** The longest side of the placeholder, in pixels. */
  public static final int PLACEHOLDER_SIZE = 16;

  /** Longer data URIs are dropped rather than stored (the column's limit too). */
  public static final int MAX_PLACEHOLDER_CHARS = 2048;

  /**
   * Decoding is subsampled to roughly this many pixels on the longest side: never the full image.
   */
  private static final int DECODE_SIZE = 64;

  /** Reads the image's size and makes its placeholder; null when the JDK cannot read the format. */
  public static ImagePreview of(byte[] bytes) {
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return null;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width <= 0 || height <= 0) {
          return null;
        }
        return new ImagePreview(width, height, placeholder(reader, width, height));
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** A small JPEG of the image, or null when the pixels cannot be decoded. */
  private static String placeholder(ImageReader reader, int width, int height) {
    try {
      ImageReadParam param = reader.getDefaultReadParam();
      int step = Math.max(1, Math.max(width, height) / DECODE_SIZE);
      param.setSourceSubsampling(step, step, 0, 0);
      BufferedImage decoded = reader.read(0, param);
      double scale = (double) PLACEHOLDER_SIZE / Math.max(decoded.getWidth(), decoded.getHeight());
      int w = Math.max(1, (int) Math.round(decoded.getWidth() * Math.min(1, scale)));
      int h = Math.max(1, (int) Math.round(decoded.getHeight() * Math.min(1, scale)));
      BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
      java.awt.Graphics2D graphics = small.createGraphics();
      try {
        graphics.setRenderingHint(
            RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        // Transparent areas (PNG, GIF) become white rather than black.
        graphics.setColor(java.awt.Color.WHITE);
        graphics.fillRect(0, 0, w, h);
        graphics.drawImage(decoded, 0, 0, w, h, null);
      } finally {
        graphics.dispose();
      }
      String uri = "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(jpeg(small));
      return uri.length() <= MAX_PLACEHOLDER_CHARS ? uri : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static byte[] jpeg(BufferedImage image) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.6f);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
