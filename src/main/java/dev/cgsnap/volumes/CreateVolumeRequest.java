package dev.cgsnap.volumes;

import dev.cgsnap.api.Bodies;
import dev.cgsnap.api.Checks;
import dev.cgsnap.api.TextField;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.GroupSequence;
import jakarta.validation.constraints.AssertTrue;

/**
 * {@code {"volume": {"size", "name", "description", "volume_type", "consistencygroup_id",
 * "availability_zone"}}}.
 */
@GroupSequence({
  Checks.First.class,
  Checks.Second.class,
  Checks.Third.class,
  CreateVolumeRequest.class
})
public record CreateVolumeRequest(
    JsonValue size,
    @TextField(field = "name", groups = Checks.First.class) JsonValue name,
    @TextField(field = "description", groups = Checks.Second.class) JsonValue description,
    @TextField(field = "volume_type", groups = Checks.Third.class) JsonValue volumeType,
    @TextField(field = "consistencygroup_id") JsonValue consistencygroupId,
    @TextField(field = "availability_zone") JsonValue availabilityZone) {

  public static CreateVolumeRequest from(JsonValue body) {
    JsonObject volume = Bodies.entity(body, "volume");
    return new CreateVolumeRequest(
        volume.get("size"),
        volume.get("name"),
        volume.get("description"),
        volume.get("volume_type"),
        volume.get("consistencygroup_id"),
        volume.get("availability_zone"));
  }

  /** Cinder accepts a whole number of gigabytes, as a JSON number or a numeric string. */
  @AssertTrue(message = "Invalid input received: size must be an integer and greater than 0")
  public boolean isSizeValid() {
    return sizeGb() > 0;
  }

  public int sizeGb() {
    try {
      return switch (size) {
        case JsonNumber number when number.isIntegral() -> number.intValueExact();
        case JsonString string -> Integer.parseInt(string.getString().strip());
        case null, default -> -1;
      };
    } catch (ArithmeticException | NumberFormatException notAnInt) {
      return -1;
    }
  }

  public String nameText() {
    return Bodies.text(name);
  }

  public String descriptionText() {
    return Bodies.text(description);
  }

  public String volumeTypeText() {
    return Bodies.text(volumeType);
  }

  public String consistencygroupIdText() {
    return Bodies.text(consistencygroupId);
  }

  public String availabilityZoneText() {
    return Bodies.text(availabilityZone);
  }
}
