package dev.cgsnap.versions;

import dev.cgsnap.api.ApiVersion;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The entries of Cinder's version documents, key for key in Cinder's order. */
final class VersionView {

  /** When the newest microversion (3.70) was added, as Cinder reports it. */
  static final String V3_UPDATED = "2022-08-31T00:00:00Z";

  /** The date Cinder gave the v2 API when it was last documented. */
  static final String V2_UPDATED = "2017-02-25T12:00:00Z";

  private static final String DOCS = "https://docs.openstack.org/";

  private VersionView() {}

  static Map<String, Object> v3(URI base) {
    return entry(
        "v3.0",
        "CURRENT",
        ApiVersion.MAX.toString(),
        ApiVersion.MIN.toString(),
        V3_UPDATED,
        base,
        3);
  }

  /** v2 still answers here (Cinder dropped it in Xena); like Wallaby, it names no microversion. */
  static Map<String, Object> v2(URI base) {
    return entry("v2.0", "DEPRECATED", "", "", V2_UPDATED, base, 2);
  }

  static Map<String, Object> document(List<Map<String, Object>> versions) {
    return Map.of("versions", versions);
  }

  private static Map<String, Object> entry(
      String id, String status, String version, String min, String updated, URI base, int major) {
    Map<String, Object> describedBy = new LinkedHashMap<>();
    describedBy.put("rel", "describedby");
    describedBy.put("type", "text/html");
    describedBy.put("href", DOCS);
    Map<String, Object> self = new LinkedHashMap<>();
    self.put("rel", "self");
    self.put("href", base.resolve("v" + major + "/").toString());
    Map<String, Object> mediaType = new LinkedHashMap<>();
    mediaType.put("base", "application/json");
    mediaType.put("type", "application/vnd.openstack.volume+json;version=" + major);

    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", id);
    view.put("status", status);
    view.put("version", version);
    view.put("min_version", min);
    view.put("updated", updated);
    view.put("links", List.of(describedBy, self));
    view.put("media-types", List.of(mediaType));
    return view;
  }
}
