package dev.cgsnap.api;

import java.util.List;
import java.util.Set;

/** The shape of API paths: {@code v2|v3}, then the project (optional on v3), then a collection. */
final class Routes {

  /** Collections served under {@code /v3} without a project segment; the token names it. */
  static final Set<String> COLLECTIONS =
      Set.of(
          "cgsnapshots",
          "consistencygroups",
          "volumes",
          "types",
          "groups",
          "group_snapshots",
          "snapshots");

  private Routes() {}

  static List<String> segments(String path) {
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("/", -1));
  }

  static boolean isApiVersion(String segment) {
    return segment.equals("v2") || segment.equals("v3");
  }

  /** Version documents ({@code /}, {@code /v2/}, {@code /v3/}) need no token. */
  static boolean isDiscovery(List<String> segments) {
    return segments.isEmpty()
        || (isApiVersion(segments.get(0))
            && (segments.size() == 1 || (segments.size() == 2 && segments.get(1).isEmpty())));
  }
}
