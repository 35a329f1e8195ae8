package dev.cgsnap.cgsnapshots;

import dev.cgsnap.api.Bodies;
import dev.cgsnap.api.Checks;
import dev.cgsnap.api.TextField;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.GroupSequence;
import jakarta.validation.constraints.NotNull;

/**
 * {@code {"cgsnapshot": {"consistencygroup_id", "name", "description"}}}. Other keys, such as
 * {@code user_id}, {@code project_id} and {@code status}, are ignored. Name and description are
 * checked before the group id, as in Cinder; the group id may be of any JSON type, since an id that
 * names no group is simply not found.
 */
@GroupSequence({Checks.First.class, Checks.Second.class, CreateCgsnapshotRequest.class})
public record CreateCgsnapshotRequest(
    @TextField(field = "name", groups = Checks.First.class) JsonValue name,
    @TextField(field = "description", groups = Checks.Second.class) JsonValue description,
    @NotNull(message = "'consistencygroup_id' must be specified") JsonValue consistencygroupId) {

  public static CreateCgsnapshotRequest from(JsonValue body) {
    JsonObject cgsnapshot = Bodies.entity(body, "cgsnapshot");
    return new CreateCgsnapshotRequest(
        cgsnapshot.get("name"),
        cgsnapshot.get("description"),
        cgsnapshot.get("consistencygroup_id"));
  }

  public String nameText() {
    return Bodies.text(name);
  }

  public String descriptionText() {
    return Bodies.text(description);
  }

  /** The group id as text; JSON null reads "None", as Cinder echoes it. */
  public String groupId() {
    return Bodies.asText(consistencygroupId);
  }
}
