package dev.cgsnap.consistencygroups;

import dev.cgsnap.api.Timestamps;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of a consistency group, key for key as Cinder writes them. */
final class GroupView {

  private GroupView() {}

  static Map<String, Object> created(ConsistencyGroup group) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", group.id());
    view.put("name", group.name());
    return Map.of("consistencygroup", view);
  }

  static Map<String, Object> detail(ConsistencyGroup group) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", group.id());
    view.put("status", group.status());
    view.put("availability_zone", group.availabilityZone());
    view.put("created_at", Timestamps.format(group.createdAt()));
    view.put("name", group.name());
    view.put("description", group.description());
    view.put("volume_types", group.volumeTypeIds());
    return view;
  }

  static Map<String, Object> summary(ConsistencyGroup group) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", group.id());
    view.put("name", group.name());
    return view;
  }

  static Map<String, Object> list(List<ConsistencyGroup> groups, boolean detail) {
    return Map.of(
        "consistencygroups",
        groups.stream().map(detail ? GroupView::detail : GroupView::summary).toList());
  }
}
