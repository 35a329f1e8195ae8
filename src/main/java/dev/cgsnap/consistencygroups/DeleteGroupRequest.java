package dev.cgsnap.consistencygroups;

import dev.cgsnap.api.BadRequestException;
import dev.cgsnap.api.Bodies;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Set;

/** {@code {"consistencygroup": {"force": bool}}}; force is read as Cinder's strict boolean. */
public record DeleteGroupRequest(boolean force) {

  private static final Set<String> TRUE = Set.of("1", "t", "true", "on", "y", "yes");
  private static final Set<String> FALSE = Set.of("0", "f", "false", "off", "n", "no");

  public static DeleteGroupRequest from(JsonValue body) {
    JsonObject group = Bodies.entity(body, "consistencygroup");
    JsonValue force = group.get("force");
    if (force == null || force == JsonValue.FALSE || force == JsonValue.NULL) {
      return new DeleteGroupRequest(false);
    }
    if (force == JsonValue.TRUE) {
      return new DeleteGroupRequest(true);
    }
    String text =
        force instanceof JsonString string
            ? string.getString().strip().toLowerCase(Locale.ROOT)
            : force.toString();
    if (TRUE.contains(text)) {
      return new DeleteGroupRequest(true);
    }
    if (FALSE.contains(text)) {
      return new DeleteGroupRequest(false);
    }
    throw new BadRequestException("Invalid value '" + Bodies.asText(force) + "' for force.");
  }
}
