package dev.cgsnap.cgsnapshots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgsnap.api.BadRequestException;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The create body's checks, run by Hibernate Validator outside the server. */
class CreateCgsnapshotRequestTest {

  private static final Validator VALIDATOR =
      jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator();

  private static JsonValue json(String text) {
    return Json.createReader(new StringReader(text)).readValue();
  }

  private static List<String> problems(String body) {
    return VALIDATOR.validate(CreateCgsnapshotRequest.from(json(body))).stream()
        .map(ConstraintViolation::getMessage)
        .toList();
  }

  @Test
  void aMinimalBodyIsValid() {
    assertTrue(problems("{\"cgsnapshot\": {\"consistencygroup_id\": \"g\"}}").isEmpty());
  }

  @Test
  void nameIsCheckedFirstThenDescriptionThenTheGroup() {
    assertEquals(
        List.of("Invalid input received: name is not a string or unicode"),
        problems("{\"cgsnapshot\": {\"name\": 1, \"description\": 2}}"));
    assertEquals(
        List.of("Invalid input received: description is not a string or unicode"),
        problems("{\"cgsnapshot\": {\"name\": \"n\", \"description\": []}}"));
    assertEquals(
        List.of("'consistencygroup_id' must be specified"),
        problems("{\"cgsnapshot\": {\"name\": \"n\"}}"));
  }

  @Test
  void lengthCountsCharactersAfterStripping() {
    String padded = " ".repeat(10) + "é".repeat(255) + " ".repeat(10);
    assertTrue(
        problems("{\"cgsnapshot\": {\"consistencygroup_id\": 1, \"name\": \"" + padded + "\"}}")
            .isEmpty());
    assertEquals(
        List.of("Invalid input received: name has 256 characters, more than 255."),
        problems("{\"cgsnapshot\": {\"name\": \"" + "x".repeat(256) + "\"}}"));
  }

  @Test
  void groupIdOfAnyTypeReadsAsPythonWouldPrintIt() {
    assertEquals("None", groupId("null"));
    assertEquals("42", groupId("42"));
    assertEquals("True", groupId("true"));
    assertEquals("abc", groupId("\"abc\""));
  }

  private static String groupId(String value) {
    return CreateCgsnapshotRequest.from(
            json("{\"cgsnapshot\": {\"consistencygroup_id\": " + value + "}}"))
        .groupId();
  }

  @Test
  void bodiesWithoutAnObjectUnderTheKeyAreRefused() {
    for (String body : List.of("[]", "{}", "{\"cgsnapshot\": null}", "{\"cgsnapshot\": [1]}")) {
      BadRequestException e =
          assertThrows(BadRequestException.class, () -> CreateCgsnapshotRequest.from(json(body)));
      assertEquals("Missing required element 'cgsnapshot' in request body.", e.getMessage());
    }
  }
}
