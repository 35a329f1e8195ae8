package dev.cgsnap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTextTest {

  @Test
  void writesPythonJsonSeparatorsAndKeepsKeyOrder() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("id", "a");
    inner.put("name", null);
    inner.put("size", 1);
    inner.put("tags", List.of("x", true));

    assertEquals(
        "{\"v\": {\"id\": \"a\", \"name\": null, \"size\": 1, \"tags\": [\"x\", true]}}",
        JsonText.write(Map.of("v", inner)));
  }

  @Test
  void escapesControlAndNonAsciiCharactersAsPythonDoes() {
    assertEquals("\"a\\\"b\\\\c\\n\\u00e9\\u2603\\u0001\"", JsonText.write("a\"b\\c\né☃\u0001"));
  }

  @Test
  void faultEnvelopeMatchesCinderByteForByte() {
    assertEquals(
        "{\"itemNotFound\": {\"code\": 404, \"message\": \"The resource could not be found.\"}}",
        Faults.body(404, Faults.NOT_FOUND));
    assertEquals(
        "{\"overLimit\": {\"code\": 413, \"message\": \"m\", \"retryAfter\": \"0\"}}",
        Faults.body(413, "m"));
    assertEquals("computeFault", Faults.faultName(406));
  }
}
