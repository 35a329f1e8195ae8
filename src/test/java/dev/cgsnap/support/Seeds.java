package dev.cgsnap.support;

import dev.cgsnap.api.Caller;
import dev.cgsnap.consistencygroups.ConsistencyGroupService;
import dev.cgsnap.consistencygroups.CreateGroupRequest;
import dev.cgsnap.volumes.CreateVolumeRequest;
import dev.cgsnap.volumes.VolumeService;
import jakarta.json.Json;

/** Records made through the services, for in-container tests. */
public final class Seeds {

  private Seeds() {}

  /** A group of the caller's with {@code volumeCount} volumes; returns the group id. */
  public static String groupWithVolumes(
      ConsistencyGroupService groups, VolumeService volumes, Caller caller, int volumeCount) {
    String group =
        groups
            .create(
                caller,
                new CreateGroupRequest(
                    Json.createValue("cg"), null, Json.createValue("__DEFAULT__"), null))
            .id();
    for (int i = 0; i < volumeCount; i++) {
      volumes.create(
          caller,
          new CreateVolumeRequest(
              Json.createValue(1),
              Json.createValue("v"),
              null,
              null,
              Json.createValue(group),
              null));
    }
    return group;
  }
}
