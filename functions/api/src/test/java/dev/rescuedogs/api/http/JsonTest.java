package dev.rescuedogs.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streaming reader and writer agree with Jackson's ObjectMapper, which the API no longer
 * starts.
 */
class JsonTest {

  static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void bytes_writeWhatObjectMapperWrites() throws Exception {
    ObjectNode node = Json.object();
    node.put("text", "Zoë \"the\" <dog>\n\u2028");
    node.put("int", 7);
    node.put("long", 1_700_000_000_000_000L);
    node.put("double", 12.5);
    node.put("float", 0.25f);
    node.put("decimal", new BigDecimal("350.00"));
    node.put("big", new BigInteger("123456789012345678901234567890"));
    node.put("yes", true);
    node.putNull("nothing");
    node.putArray("list").add(1).add("two").addNull().addObject().put("deep", false);
    node.putObject("empty");
    node.putArray("none");

    assertThat(new String(Json.bytes(node), StandardCharsets.UTF_8))
        .isEqualTo(MAPPER.writeValueAsString(node));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"a\": 1, \"b\": [true, false, null, 2.5, -3, 12345678901, 123456789012345678901234567890],"
            + " \"c\": {\"d\": \"é\", \"e\": {}}, \"f\": []}",
        "[1, {\"x\": [[]]}]",
        "\"text\"",
        "42",
        "null",
        "{\"repeated\": 1, \"repeated\": 2}",
        "[{\"position\": 0, \"url\": \"https://example.org/1.jpg\", \"width\": null}]"
      })
  void parse_buildsTheTreeObjectMapperBuilds(String json) throws Exception {
    JsonNode expected = MAPPER.readTree(json);

    assertThat(Json.parse(json)).isEqualTo(expected);
    assertThat(Json.parse(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(expected);
    assertThat(Json.bytes(Json.parse(json))).isEqualTo(MAPPER.writeValueAsBytes(expected));
  }

  @Test
  void parse_ofNothing_isMissing() {
    assertThat(Json.parse("").isMissingNode()).isTrue();
  }
}
