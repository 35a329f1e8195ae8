package dev.cgsnap.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** Cinder's error envelope: {@code {"<faultName>": {"code": N, "message": "..."}}}. */
public final class Faults {

  public static final String NOT_FOUND = "The resource could not be found.";
  public static final String SERVER_ERROR =
      "The server has either erred or is incapable of performing the requested operation.";

  private Faults() {}

  public static String faultName(int status) {
    return switch (status) {
      case 400 -> "badRequest";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "itemNotFound";
      case 405 -> "badMethod";
      case 409 -> "conflictingRequest";
      case 413 -> "overLimit";
      case 415 -> "badMediaType";
      case 501 -> "notImplemented";
      case 503 -> "serviceUnavailable";
      default -> "computeFault";
    };
  }

  public static String body(int status, String message) {
    Map<String, Object> fault = new LinkedHashMap<>();
    fault.put("code", status);
    fault.put("message", message);
    if (status == 413) {
      fault.put("retryAfter", "0");
    }
    return JsonText.write(Map.of(faultName(status), fault));
  }

  public static Response response(int status, String message) {
    Response.ResponseBuilder builder =
        Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body(status, message));
    if (status == 413) {
      builder.header("Retry-After", "0");
    }
    return builder.build();
  }
}
