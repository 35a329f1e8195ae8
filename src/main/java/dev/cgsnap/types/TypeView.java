package dev.cgsnap.types;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A volume type as Cinder's type view and its type-access extension write it. */
final class TypeView {

  private TypeView() {}

  static Map<String, Object> type(VolumeType type) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", type.id());
    view.put("name", type.name());
    view.put("is_public", type.isPublic());
    view.put("description", type.description());
    view.put("extra_specs", Map.of());
    view.put("qos_specs_id", null);
    view.put(CreateTypeRequest.IS_PUBLIC, type.isPublic());
    return view;
  }

  static Map<String, Object> single(VolumeType type) {
    return Map.of("volume_type", type(type));
  }

  static Map<String, Object> list(List<VolumeType> types) {
    return Map.of("volume_types", types.stream().map(TypeView::type).toList());
  }
}
