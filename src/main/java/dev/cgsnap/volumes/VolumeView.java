package dev.cgsnap.volumes;

import dev.cgsnap.api.Timestamps;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A volume as Cinder's volume view writes it. */
final class VolumeView {

  private VolumeView() {}

  static Map<String, Object> detail(Volume volume, String typeName) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", volume.id());
    view.put("status", volume.status());
    view.put("size", volume.sizeGb());
    view.put("availability_zone", volume.availabilityZone());
    view.put("created_at", Timestamps.format(volume.createdAt()));
    view.put("updated_at", Timestamps.format(volume.updatedAt()));
    view.put("name", volume.name());
    view.put("description", volume.description());
    view.put("volume_type", typeName);
    view.put("snapshot_id", null);
    view.put("source_volid", null);
    view.put("metadata", Map.of());
    view.put("links", List.of());
    view.put("user_id", volume.userId());
    view.put("bootable", "false");
    view.put("encrypted", false);
    view.put("replication_status", null);
    view.put("consistencygroup_id", volume.consistencyGroupId());
    view.put("multiattach", false);
    view.put("migration_status", volume.migrationStatus());
    view.put("attachments", List.of());
    return Map.of("volume", view);
  }
}
