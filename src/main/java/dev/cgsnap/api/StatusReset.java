package dev.cgsnap.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads the body of an admin {@code reset_status} action: {@code {"<action>": {"status"}}}. */
public final class StatusReset {

  private StatusReset() {}

  /** The requested status in lower case, as Cinder compares it. */
  public static String status(JsonValue body, String action) {
    JsonObject entity = Bodies.entity(body, action);
    String status = Bodies.text(entity.get("status"));
    if (status == null || status.isEmpty()) {
      throw new BadRequestException("Must specify 'status'");
    }
    return status.toLowerCase(Locale.ROOT);
  }

  /**
   * The requested status, which must be one of {@code allowed}; otherwise 400 with Cinder's
   * message, e.g. "Invalid Group Status: Group status: x is invalid, valid statuses are: ('error',
   * ...)." for the {@code kind} "Group" and the {@code label} "Group".
   */
  public static String status(
      JsonValue body, String action, List<String> allowed, String kind, String label) {
    String status = status(body, action);
    if (!allowed.contains(status)) {
      String valid =
          allowed.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", ", "(", ")"));
      throw new BadRequestException(
          "Invalid %s Status: %s status: %s is invalid, valid statuses are: %s."
              .formatted(kind, label, status, valid));
    }
    return status;
  }

  /** The action exists only from {@code major.minor} on; below that the route is unknown. */
  public static void requireVersion(RequestState state, int major, int minor) {
    ApiVersion version = state.version();
    if (version == null || !version.atLeast(major, minor)) {
      throw new jakarta.ws.rs.NotFoundException();
    }
  }
}
