package dev.rescuedogs.scraping.parse;

import dev.rescuedogs.scraping.scrape.ImageUrls;
import java.net.URI;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The best photo URL an {@code <img>} offers. Lazy-loading plugins keep the real address in a
 * {@code data-} attribute and put a 1×1 GIF or a data URI in {@code src}/{@code srcset}; responsive
 * images list several sizes of the same photo. This picks the largest real candidate, so one photo
 * yields one URL however a theme renders it.
 */
public final class ImgSources {

  private static final List<String> SRCSETS = List.of("data-srcset", "data-lazy-srcset", "srcset");
  private static final List<String> SINGLE =
      List.of("data-src", "data-lazy-src", "data-original", "data-envira-src", "data-image", "src");

  private ImgSources() {}

  /**
   * The largest candidate of the image's srcsets, else its lazy-loading {@code data-} address, else
   * {@code src}, made absolute against the document's base URI. Data URIs and placeholder files are
   * skipped in favour of the next candidate; null when the element offers no usable address.
   */
  public static String best(Element img) {
    URI base = baseOf(img);
    for (String attribute : SRCSETS) {
      String url = ImageUrls.normalize(base, ImageUrls.largestFromSrcset(img.attr(attribute)));
      if (url != null) {
        return url;
      }
    }
    for (String attribute : SINGLE) {
      String url = ImageUrls.normalize(base, img.attr(attribute));
      if (url != null) {
        return url;
      }
    }
    return null;
  }

  /**
   * For themes whose lazy-loading {@code data-src} holds the photo itself: {@code data-src}, else
   * the largest {@code srcset} candidate, else {@code src}, made absolute against the document's
   * base URI; null when none is usable.
   */
  public static String dataSrcFirst(Element img) {
    URI base = baseOf(img);
    String largest = ImageUrls.largestFromSrcset(img.attr("srcset"));
    for (String candidate : new String[] {img.attr("data-src"), largest, img.attr("src")}) {
      String url = ImageUrls.normalize(base, candidate);
      if (url != null) {
        return url;
      }
    }
    return null;
  }

  private static URI baseOf(Element img) {
    try {
      String base = img.baseUri();
      return base == null || base.isEmpty() ? null : URI.create(base);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
