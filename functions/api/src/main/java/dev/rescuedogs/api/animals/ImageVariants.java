package dev.rescuedogs.api.animals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescuedogs.api.http.Json;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sized variants of the stored images, for clients that want a thumbnail rather than the original:
 * URLs made from a template for an image-resizing CDN (Cloudflare Images / image resizing,
 * imgproxy, …), {@code IMAGE_VARIANT_URL_TEMPLATE}, with the placeholders {@code {width}} and
 * {@code {url}} (the stored image's absolute URL) or {@code {path}} (its path), e.g. {@code
 * https://images.example.org/cdn-cgi/image/width={width},format=auto{path}}. Without a template —
 * and for images not stored in our bucket, which a CDN may not resize — every variant is the image
 * itself.
 */
public final class ImageVariants {

  /** The variants and their widths in pixels. */
  public static final Map<String, Integer> WIDTHS = sizes();

  private final String template;

  private ImageVariants(String template) {
    this.template = template;
  }

  /** No resizing service: variants are the image itself. */
  public static ImageVariants none() {
    return new ImageVariants(null);
  }

  /**
   * Variants made from an image-resizing URL template.
   *
   * @param template null or blank for none
   * @throws IllegalArgumentException when the template is not an absolute http(s) URL with {@code
   *     {width}} and one of {@code {url}} / {@code {path}}
   */
  public static ImageVariants fromTemplate(String template) {
    if (template == null || template.isBlank()) {
      return none();
    }
    String value = template.strip();
    boolean hasSource = value.contains("{url}") || value.contains("{path}");
    if (!value.contains("{width}") || !hasSource || !value.matches("(?i)https?://[^/{}\\s]+.*")) {
      throw new IllegalArgumentException(
          "IMAGE_VARIANT_URL_TEMPLATE must be an absolute http(s) URL with {width} and {url} or"
              + " {path}, e.g. https://images.example.org/cdn-cgi/image/width={width},format=auto{path};"
              + " got '"
              + value
              + "'");
    }
    return new ImageVariants(value);
  }

  /**
   * The variants of one image.
   *
   * @param stored whether the image is a copy in our bucket (only those go through the template)
   */
  public ObjectNode of(String url, boolean stored) {
    ObjectNode variants = Json.object();
    WIDTHS.forEach(
        (name, width) ->
            variants.put(name, template == null || !stored ? url : resized(url, width)));
    return variants;
  }

  private String resized(String url, int width) {
    return template
        .replace("{width}", String.valueOf(width))
        .replace("{url}", url)
        .replace("{path}", path(url));
  }

  private static String path(String url) {
    try {
      String path = URI.create(url).getRawPath();
      return path == null || path.isEmpty() ? "/" : path;
    } catch (IllegalArgumentException e) {
      return "/";
    }
  }

  private static Map<String, Integer> sizes() {
    Map<String, Integer> widths = new LinkedHashMap<>();
    widths.put("thumbnail", 300);
    widths.put("medium", 800);
    widths.put("large", 1600);
    return java.util.Collections.unmodifiableMap(widths);
  }
}
