package dev.cgsnap.types;

import dev.cgsnap.api.Bodies;
import dev.cgsnap.api.Checks;
import dev.cgsnap.api.TextField;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.GroupSequence;
import jakarta.validation.constraints.AssertTrue;
import java.util.Locale;
import java.util.Set;

/**
 * {@code {"volume_type": {"name", "description", "os-volume-type-access:is_public"}}}. Extra specs
 * are accepted and not stored.
 */
@GroupSequence({Checks.First.class, Checks.Second.class, CreateTypeRequest.class})
public record CreateTypeRequest(
    @TextField(field = "name", groups = Checks.First.class) JsonValue name,
    @TextField(field = "description", groups = Checks.Second.class) JsonValue description,
    JsonValue isPublic) {

  static final String IS_PUBLIC = "os-volume-type-access:is_public";
  private static final Set<String> TRUE = Set.of("1", "t", "true", "on", "y", "yes");
  private static final Set<String> FALSE = Set.of("0", "f", "false", "off", "n", "no");

  public static CreateTypeRequest from(JsonValue body) {
    JsonObject type = Bodies.entity(body, "volume_type");
    return new CreateTypeRequest(type.get("name"), type.get("description"), type.get(IS_PUBLIC));
  }

  @AssertTrue(message = "Volume type name can not be empty.", groups = Checks.First.class)
  public boolean isNamed() {
    return !(name instanceof JsonString) || !nameText().isEmpty();
  }

  @AssertTrue(
      message = "Missing required element 'name' in volume_type.",
      groups = Checks.First.class)
  public boolean isNamePresent() {
    return name instanceof JsonString;
  }

  @AssertTrue(message = "Invalid value for is_public; it must be a boolean.")
  public boolean isPublicValid() {
    return publicFlag() != null;
  }

  public String nameText() {
    return Bodies.text(name);
  }

  public String descriptionText() {
    return Bodies.text(description);
  }

  /** The flag as a boolean (absent means public), or null when it is not one. */
  public Boolean publicFlag() {
    if (isPublic == null || isPublic == JsonValue.TRUE) {
      return Boolean.TRUE;
    }
    if (isPublic == JsonValue.FALSE) {
      return Boolean.FALSE;
    }
    if (isPublic instanceof JsonString text) {
      String word = text.getString().strip().toLowerCase(Locale.ROOT);
      return TRUE.contains(word) ? Boolean.TRUE : FALSE.contains(word) ? Boolean.FALSE : null;
    }
    return null;
  }
}
