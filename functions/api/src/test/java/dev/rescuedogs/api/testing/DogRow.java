package dev.rescuedogs.api.testing;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A dog to insert, with every column the API reads; defaults make a minimal available dog. */
public final class DogRow {
  public long organizationId;
  public String externalId;
  public String name = "Buddy";
  public String status = "available";
  public boolean active = true;
  public String confidence = "high";
  public int runsMissing;
  public String breedRaw;
  public String standardizedBreed;
  public String primaryBreed;
  public String secondaryBreed;
  public String breedType;
  public String breedGroup;
  public String breedSlug;
  public Double breedConfidence;
  public String ageText;
  public Integer ageMin;
  public Integer ageMax;
  public String ageCategory;
  public String sex;
  public String sizeRaw;
  public String size;
  public Double weightKg;
  public String locationText;
  public String locationCountry;
  public Double latitude;
  public Double longitude;
  public String description;
  public String propertiesJson = "{}";
  public OffsetDateTime createdAt = OffsetDateTime.of(2026, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC);

  public DogRow(long organizationId, String name) {
    this.organizationId = organizationId;
    this.name = name;
  }

  public DogRow breed(String label, String primary, String group, String type, String slug) {
    standardizedBreed = label;
    breedRaw = label;
    primaryBreed = primary;
    breedGroup = group;
    breedType = type;
    breedSlug = slug;
    breedConfidence = 0.9;
    return this;
  }

  public DogRow age(String text, int min, int max, String category) {
    ageText = text;
    ageMin = min;
    ageMax = max;
    ageCategory = category;
    return this;
  }

  public DogRow sex(String value) {
    sex = value;
    return this;
  }

  public DogRow size(String value) {
    size = value;
    sizeRaw = value;
    return this;
  }

  public DogRow created(OffsetDateTime time) {
    createdAt = time;
    return this;
  }

  public DogRow status(String value, boolean isActive) {
    status = value;
    active = isActive;
    return this;
  }

  public DogRow confidence(String value) {
    confidence = value;
    return this;
  }

  public DogRow location(String country, Double lat, Double lon) {
    locationCountry = country;
    latitude = lat;
    longitude = lon;
    return this;
  }

  public DogRow description(String text) {
    description = text;
    return this;
  }

  public DogRow properties(String json) {
    propertiesJson = json;
    return this;
  }
}
