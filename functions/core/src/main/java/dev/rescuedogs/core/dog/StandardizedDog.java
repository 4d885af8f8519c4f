package dev.rescuedogs.core.dog;

import dev.rescuedogs.core.age.StandardizedAge;
import dev.rescuedogs.core.breed.StandardizedBreed;
import dev.rescuedogs.core.quality.RejectReason;
import dev.rescuedogs.core.sex.Sex;
import dev.rescuedogs.core.size.StandardizedSize;
import dev.rescuedogs.core.status.DogStatus;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One dog after standardization. Every text is inert plain text; URLs are http(s) only.
 *
 * @param externalId the organization's id of the dog (trimmed), null when missing
 * @param name the cleaned name, null when nothing usable was left
 * @param adoptionUrl the adoption page, null when missing or not http(s)
 * @param status available, reserved or adopted
 * @param breed the standardized breed
 * @param age the standardized age
 * @param size the standardized size
 * @param sex Male, Female or null
 * @param weight the weight text as shown (plain text), or null
 * @param height the shoulder-height text as shown (plain text), or null
 * @param location where the dog is (plain text), or null
 * @param description the description as plain text (paragraphs as blank lines, at most 10,000
 *     characters), or null
 * @param imageUrls http(s) image URLs, de-duplicated, the primary image first
 * @param properties the scraper's extra properties, values as plain text
 * @param qualityScore data-quality score, 0..1
 * @param rejectReason why the record must not be saved, or null when it is accepted
 */
public record StandardizedDog(
    String externalId,
    String name,
    String adoptionUrl,
    DogStatus status,
    StandardizedBreed breed,
    StandardizedAge age,
    StandardizedSize size,
    Sex sex,
    String weight,
    String height,
    String location,
    String description,
    List<String> imageUrls,
    Map<String, String> properties,
    double qualityScore,
    RejectReason rejectReason) {

  public StandardizedDog {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(breed, "breed");
    Objects.requireNonNull(age, "age");
    Objects.requireNonNull(size, "size");
    imageUrls = List.copyOf(imageUrls);
    properties =
        properties.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }

  /** Whether the record is rejected. */
  public boolean rejected() {
    return rejectReason != null;
  }

  /** The primary image URL, or null when there is none. */
  public String primaryImageUrl() {
    return imageUrls.isEmpty() ? null : imageUrls.get(0);
  }
}
