package dev.rescuedogs.core.rawresult;

import dev.rescuedogs.core.status.DogStatus;
import java.util.Objects;

/**
 * A dog seen on the listing, whatever happened to its detail page.
 *
 * @param externalId the organization's stable id for the dog
 * @param name the name on the listing card, or null when the card shows none
 * @param status the listing badge (reserved/adopted cards are recorded, not treated as available)
 * @param adoptionUrl the dog's page on the organization's site
 */
public record FoundDog(String externalId, String name, DogStatus status, String adoptionUrl) {

  public FoundDog {
    Objects.requireNonNull(externalId, "externalId");
    status = status == null ? DogStatus.UNKNOWN : status;
  }
}
