package dev.rescuedogs.api.animals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One page of the catalog.
 *
 * @param dogs the page's entries
 * @param nextKey sort key of the last entry when more follow, else null
 * @param total how many dogs match the filters
 */
public record CatalogPage(List<ObjectNode> dogs, ArrayNode nextKey, long total) {
  public CatalogPage {
    dogs = List.copyOf(dogs);
  }
}
