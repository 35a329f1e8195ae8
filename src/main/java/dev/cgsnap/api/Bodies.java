package dev.cgsnap.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** Takes a request body apart the way Cinder's controllers do. */
public final class Bodies {

  private Bodies() {}

  /**
   * The object under {@code key}. A body that is a bare string or number is refused with the
   * generic text; a missing, null or non-object entry names the key, as Cinder does.
   */
  public static JsonObject entity(JsonValue body, String key) {
    if (body instanceof JsonString || body instanceof JsonNumber) {
      throw BadRequestException.generic();
    }
    if (body instanceof JsonObject object && object.get(key) instanceof JsonObject entity) {
      return entity;
    }
    throw new BadRequestException("Missing required element '" + key + "' in request body.");
  }

  /** A JSON value as Python's {@code str()} prints it, for ids echoed in messages. */
  public static String asText(JsonValue value) {
    return switch (value) {
      case null -> "None";
      case JsonString string -> string.getString();
      default ->
          switch (value.getValueType()) {
            case NULL -> "None";
            case TRUE -> "True";
            case FALSE -> "False";
            default -> value.toString();
          };
    };
  }

  /** A text field's value stripped of surrounding white space; absent or null gives null. */
  public static String text(JsonValue value) {
    return value instanceof JsonString string ? string.getString().strip() : null;
  }
}
