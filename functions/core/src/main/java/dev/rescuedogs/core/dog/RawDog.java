package dev.rescuedogs.core.dog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One dog as a scraper found it: raw texts exactly as the site shows them, before any
 * standardization. This is the per-dog part of a scraper's raw result and the input of
 * standardization. JSON property names are snake_case ({@code external_id}, {@code age_text},
 * {@code image_urls} …).
 *
 * @param externalId the organization's id of the dog, stable across runs
 * @param name the name as shown
 * @param adoptionUrl the dog's page on the organization's site (absolute)
 * @param status the status badge or text as shown ("Reserved", "vermittelt"), or null
 * @param breed the breed text as shown
 * @param ageText the age text as shown ("2 - 5 years", "05.2025 (3 Monate alt)"), never a
 *     placeholder
 * @param sex the sex text as shown
 * @param gender a gender text, for sites that label it so
 * @param size the size text as shown
 * @param weight the weight text as shown ("ca. 25 kg")
 * @param height the shoulder-height text as shown ("48 cm")
 * @param location where the dog is, as shown
 * @param description the description, markup allowed (it is sanitized)
 * @param imageUrls absolute image URLs, the primary image first
 * @param properties anything else useful (compatibility, medical notes, fee …), text values
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RawDog(
    @JsonProperty("external_id") String externalId,
    @JsonProperty("name") String name,
    @JsonProperty("adoption_url") String adoptionUrl,
    @JsonProperty("status") String status,
    @JsonProperty("breed") String breed,
    @JsonProperty("age_text") String ageText,
    @JsonProperty("sex") String sex,
    @JsonProperty("gender") String gender,
    @JsonProperty("size") String size,
    @JsonProperty("weight") String weight,
    @JsonProperty("height") String height,
    @JsonProperty("location") String location,
    @JsonProperty("description") String description,
    @JsonProperty("image_urls") List<String> imageUrls,
    @JsonProperty("properties") Map<String, String> properties) {

  public RawDog {
    imageUrls = imageUrls == null ? List.of() : copyWithoutNulls(imageUrls);
    properties = properties == null ? Map.of() : copyWithoutNulls(properties);
  }

  private static List<String> copyWithoutNulls(List<String> values) {
    List<String> copy = new ArrayList<>(values.size());
    for (String value : values) {
      if (value != null) {
        copy.add(value);
      }
    }
    return List.copyOf(copy);
  }

  private static Map<String, String> copyWithoutNulls(Map<String, String> values) {
    Map<String, String> copy = new LinkedHashMap<>();
    values.forEach(
        (key, value) -> {
          if (key != null && value != null) {
            copy.put(key, value);
          }
        });
    return Collections.unmodifiableMap(copy);
  }

  /** A builder for scrapers and tests; every field starts null (lists and maps empty). */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this record's values. */
  public Builder toBuilder() {
    return new Builder()
        .externalId(externalId)
        .name(name)
        .adoptionUrl(adoptionUrl)
        .status(status)
        .breed(breed)
        .ageText(ageText)
        .sex(sex)
        .gender(gender)
        .size(size)
        .weight(weight)
        .height(height)
        .location(location)
        .description(description)
        .imageUrls(imageUrls)
        .properties(properties);
  }

  /** Builds {@link RawDog}s field by field. */
  public static final class Builder {
    private String externalId;
    private String name;
    private String adoptionUrl;
    private String status;
    private String breed;
    private String ageText;
    private String sex;
    private String gender;
    private String size;
    private String weight;
    private String height;
    private String location;
    private String description;
    private final List<String> imageUrls = new ArrayList<>();
    private final Map<String, String> properties = new LinkedHashMap<>();

    private Builder() {}

    public Builder externalId(String value) {
      this.externalId = value;
      return this;
    }

    public Builder name(String value) {
      this.name = value;
      return this;
    }

    public Builder adoptionUrl(String value) {
      this.adoptionUrl = value;
      return this;
    }

    public Builder status(String value) {
      this.status = value;
      return this;
    }

    public Builder breed(String value) {
      this.breed = value;
      return this;
    }

    public Builder ageText(String value) {
      this.ageText = value;
      return this;
    }

    public Builder sex(String value) {
      this.sex = value;
      return this;
    }

    public Builder gender(String value) {
      this.gender = value;
      return this;
    }

    public Builder size(String value) {
      this.size = value;
      return this;
    }

    public Builder weight(String value) {
      this.weight = value;
      return this;
    }

    public Builder height(String value) {
      this.height = value;
      return this;
    }

    public Builder location(String value) {
      this.location = value;
      return this;
    }

    public Builder description(String value) {
      this.description = value;
      return this;
    }

    /** Replaces the image URLs. */
    public Builder imageUrls(List<String> values) {
      imageUrls.clear();
      if (values != null) {
        imageUrls.addAll(values);
      }
      return this;
    }

    /** Appends one image URL. */
    public Builder imageUrl(String value) {
      imageUrls.add(Objects.requireNonNull(value, "image URL"));
      return this;
    }

    /** Replaces the properties. */
    public Builder properties(Map<String, String> values) {
      properties.clear();
      if (values != null) {
        properties.putAll(values);
      }
      return this;
    }

    /** Sets one property. */
    public Builder property(String key, String value) {
      properties.put(Objects.requireNonNull(key, "property key"), value);
      return this;
    }

    public RawDog build() {
      return new RawDog(
          externalId,
          name,
          adoptionUrl,
          status,
          breed,
          ageText,
          sex,
          gender,
          size,
          weight,
          height,
          location,
          description,
          imageUrls,
          properties);
    }
  }
}
