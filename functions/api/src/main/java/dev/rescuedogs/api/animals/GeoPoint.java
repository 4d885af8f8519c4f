package dev.rescuedogs.api.animals;

import dev.rescuedogs.api.http.Parameters;
import java.util.OptionalDouble;

/** A point on the globe, in degrees. */
public record GeoPoint(double latitude, double longitude) {

  /**
   * Reads {@code latitude,longitude}; records a problem on {@code near} and returns null if
   * malformed.
   */
  static GeoPoint parse(String text, Parameters parameters) {
    String[] parts = text.split(",", -1);
    if (parts.length == 2) {
      OptionalDouble latitude = Parameters.parseDecimal(parts[0].strip());
      OptionalDouble longitude = Parameters.parseDecimal(parts[1].strip());
      if (latitude.isPresent()
          && longitude.isPresent()
          && Math.abs(latitude.getAsDouble()) <= 90
          && Math.abs(longitude.getAsDouble()) <= 180) {
        return new GeoPoint(latitude.getAsDouble(), longitude.getAsDouble());
      }
    }
    parameters.fail("near", "must be latitude,longitude in degrees (e.g. 51.5,-0.12)");
    return null;
  }
}
