package dev.rescuedogs.scraping.scrape;

import dev.rescuedogs.core.dog.RawDog;
import dev.rescuedogs.core.rawresult.FoundDog;
import dev.rescuedogs.core.status.DogStatus;
import dev.rescuedogs.core.status.StatusStandardizer;
import java.net.URI;
import java.util.Objects;

/**
 * A dog as a listing shows it.
 *
 * @param externalId the organization's stable id for the dog, derived from something that does not
 *     change when the text does (a numeric id or slug in the URL, not a hash of the description)
 * @param name the name on the card, or null
 * @param status the card's badge; reserved and adopted dogs are listed too
 * @param adoptionUrl the dog's page on the organization's site
 * @param detailUrl the page to read the dog's details from, or null when the listing has them all
 * @param listingData what the card itself says (breed, age, images...): the whole dog when there is
 *     no detail page, else fields the detail page may lack; null when the card has nothing more
 */
public record ListedDog(
    String externalId,
    String name,
    DogStatus status,
    String adoptionUrl,
    URI detailUrl,
    RawDog listingData) {

  public ListedDog {
    Objects.requireNonNull(externalId, "externalId");
    externalId = externalId.strip();
    if (externalId.isEmpty()) {
      throw new IllegalArgumentException("a listed dog needs an external id");
    }
    // A card without a badge is an adoptable dog.
    status = status == null ? DogStatus.AVAILABLE : status;
    if (detailUrl == null && listingData == null) {
      throw new IllegalArgumentException(
          "dog " + externalId + " has no detail page, so the listing must carry its data");
    }
  }

  /** A card that links to the dog's detail page (which is also where people adopt it). */
  public static ListedDog withDetailPage(
      String externalId, String name, DogStatus status, URI detailUrl) {
    return new ListedDog(externalId, name, status, detailUrl.toString(), detailUrl, null);
  }

  /** A dog whose listing entry is all there is (single-page sites, REST results). */
  public static ListedDog withoutDetailPage(RawDog dog) {
    return new ListedDog(
        dog.externalId(),
        dog.name(),
        new StatusStandardizer().standardize(dog.status()),
        dog.adoptionUrl(),
        null,
        dog);
  }

  /** The same dog with what its card says besides name and status. */
  public ListedDog withListingData(RawDog data) {
    return new ListedDog(externalId, name, status, adoptionUrl, detailUrl, data);
  }

  public boolean hasDetailPage() {
    return detailUrl != null;
  }

  FoundDog toFound() {
    return new FoundDog(externalId, name, status, adoptionUrl);
  }
}
