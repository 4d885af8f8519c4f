package dev.rescuedogs.api.meta;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescuedogs.api.http.Json;

/** One value of a filter with its display label and how many dogs have it. */
public record Option(String value, String label, long count) {
  public ObjectNode toJson() {
    ObjectNode node = Json.object();
    node.put("value", value);
    node.put("label", label);
    node.put("count", count);
    return node;
  }
}
