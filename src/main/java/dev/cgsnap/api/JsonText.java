package dev.cgsnap.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON the way Cinder's Python services do ({@code json.dumps} defaults): {@code ", "} and
 * {@code ": "} separators, key order as given, non-ASCII escaped as {@code \\uXXXX}.
 */
public final class JsonText {

  /** The media type OpenStack clients may send and accept instead of plain JSON. */
  public static final String OPENSTACK_JSON = "application/vnd.openstack.volume+json";

  private JsonText() {}

  /** A response whose body is {@code view} written as JSON. */
  public static Response response(Response.Status status, Object view) {
    return Response.status(status).type(MediaType.APPLICATION_JSON).entity(write(view)).build();
  }

  public static String write(Object value) {
    StringBuilder out = new StringBuilder(256);
    append(out, value);
    return out.toString();
  }

  private static void append(StringBuilder out, Object value) {
    switch (value) {
      case null -> out.append("null");
      case String s -> appendString(out, s);
      case Boolean b -> out.append(b);
      case Number n -> out.append(n);
      case Map<?, ?> map -> appendObject(out, map);
      case List<?> list -> appendArray(out, list);
      default -> throw new IllegalArgumentException("not a JSON value: " + value.getClass());
    }
  }

  private static void appendObject(StringBuilder out, Map<?, ?> map) {
    out.append('{');
    Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
    while (entries.hasNext()) {
      Map.Entry<?, ?> entry = entries.next();
      appendString(out, (String) entry.getKey());
      out.append(": ");
      append(out, entry.getValue());
      if (entries.hasNext()) {
        out.append(", ");
      }
    }
    out.append('}');
  }

  private static void appendArray(StringBuilder out, List<?> list) {
    out.append('[');
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      append(out, list.get(i));
    }
    out.append(']');
  }

  private static void appendString(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
