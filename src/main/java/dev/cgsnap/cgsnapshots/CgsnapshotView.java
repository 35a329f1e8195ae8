package dev.cgsnap.cgsnapshots;

import dev.cgsnap.api.Timestamps;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of a cgsnapshot, key for key as Cinder writes them. */
final class CgsnapshotView {

  private CgsnapshotView() {}

  /**
   * All six fields of the API reference's response table; Cinder itself answers a create with only
   * {@code id} and {@code name}, which clients read.
   */
  static Map<String, Object> created(Cgsnapshot snapshot) {
    return Map.of("cgsnapshot", detail(snapshot));
  }

  static Map<String, Object> shown(Cgsnapshot snapshot) {
    return Map.of("cgsnapshot", detail(snapshot));
  }

  static Map<String, Object> detail(Cgsnapshot snapshot) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", snapshot.id());
    view.put("consistencygroup_id", snapshot.consistencyGroupId());
    view.put("status", snapshot.status());
    view.put("created_at", Timestamps.format(snapshot.createdAt()));
    view.put("name", snapshot.name());
    view.put("description", snapshot.description());
    return view;
  }

  static Map<String, Object> summary(Cgsnapshot snapshot) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", snapshot.id());
    view.put("name", snapshot.name());
    return view;
  }

  /** Cinder writes no links; a next link is added here only when the page is full. */
  static Map<String, Object> list(List<Cgsnapshot> snapshots, boolean detail, String next) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put(
        "cgsnapshots",
        snapshots.stream().map(detail ? CgsnapshotView::detail : CgsnapshotView::summary).toList());
    if (next != null) {
      Map<String, Object> link = new LinkedHashMap<>();
      link.put("href", next);
      link.put("rel", "next");
      view.put("cgsnapshots_links", List.of(link));
    }
    return view;
  }
}
