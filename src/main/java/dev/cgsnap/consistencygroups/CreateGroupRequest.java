package dev.cgsnap.consistencygroups;

import dev.cgsnap.api.Bodies;
import dev.cgsnap.api.Checks;
import dev.cgsnap.api.TextField;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.GroupSequence;

/**
 * {@code {"consistencygroup": {"name", "description", "volume_types", "availability_zone"}}};
 * {@code volume_types} is a comma-separated list of type names or ids.
 */
@GroupSequence({
  Checks.First.class,
  Checks.Second.class,
  Checks.Third.class,
  CreateGroupRequest.class
})
public record CreateGroupRequest(
    @TextField(field = "name", groups = Checks.First.class) JsonValue name,
    @TextField(field = "description", groups = Checks.Second.class) JsonValue description,
    @TextField(field = "volume_types", max = 2048, groups = Checks.Third.class)
        JsonValue volumeTypes,
    @TextField(field = "availability_zone") JsonValue availabilityZone) {

  public static CreateGroupRequest from(JsonValue body) {
    JsonObject group = Bodies.entity(body, "consistencygroup");
    return new CreateGroupRequest(
        group.get("name"),
        group.get("description"),
        group.get("volume_types"),
        group.get("availability_zone"));
  }

  public String nameText() {
    return Bodies.text(name);
  }

  public String descriptionText() {
    return Bodies.text(description);
  }

  public String volumeTypesText() {
    return Bodies.text(volumeTypes);
  }

  public String availabilityZoneText() {
    return Bodies.text(availabilityZone);
  }
}
