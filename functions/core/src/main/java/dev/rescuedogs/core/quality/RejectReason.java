package dev.rescuedogs.core.quality;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Why a scraped record was rejected (never saved). Rejects are counted per reason. */
public enum RejectReason {
  /** The record has no external id. */
  MISSING_EXTERNAL_ID("missing_external_id"),
  /** The record has no name, or nothing of it is left after cleaning. */
  MISSING_NAME("missing_name"),
  /** The cleaned name has fewer than two letters. */
  NAME_TOO_SHORT("name_too_short"),
  /** More than half of the name's non-space characters are digits. */
  NAME_MOSTLY_DIGITS("name_mostly_digits"),
  /** The name is or contains a URL. */
  NAME_IS_URL("name_is_url"),
  /** The name contains a price. */
  NAME_IS_PRICE("name_is_price"),
  /** The name is the text of an error page ("Page not found", "Access denied" …). */
  NAME_IS_ERROR_TEXT("name_is_error_text"),
  /** The name is a shop item (gift card, voucher, product or promo code …). */
  NAME_IS_SHOP_ITEM("name_is_shop_item"),
  /** The name is page furniture ("Please", "More info", "Read more", "Adopt me" …). */
  NAME_IS_PAGE_FURNITURE("name_is_page_furniture"),
  /** The record has no usable (http or https) adoption URL. */
  MISSING_ADOPTION_URL("missing_adoption_url"),
  /** The record has no usable (http or https) image URL. */
  MISSING_IMAGE("missing_image");

  private final String wireValue;

  RejectReason(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value used in JSON and metrics. */
  @JsonValue
  public String wireValue() {
    return wireValue;
  }

  /** The constant with this wire value (exact match). */
  @JsonCreator
  public static RejectReason fromWireValue(String value) {
    for (RejectReason candidate : values()) {
      if (candidate.wireValue.equals(value)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("not a RejectReason value: " + value);
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
