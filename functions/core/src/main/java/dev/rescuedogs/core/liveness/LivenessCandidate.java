package dev.rescuedogs.core.liveness;

import java.util.Objects;

/**
 * A dog whose adoption page is to be checked.
 *
 * @param externalId the dog's id at its organization
 * @param adoptionUrl the dog's own page, as the organization published it
 */
public record LivenessCandidate(String externalId, String adoptionUrl) {

  public LivenessCandidate {
    Objects.requireNonNull(externalId, "externalId");
    Objects.requireNonNull(adoptionUrl, "adoptionUrl");
  }
}
