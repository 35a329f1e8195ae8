package dev.cgsnap.volumes;

import dev.cgsnap.api.Caller;
import dev.cgsnap.persistence.OwnedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;

/** A volume record. No storage stands behind it: it is {@code available} once created. */
@Entity
@Table(name = "volume")
public class Volume extends OwnedRecord {

  public static final String AVAILABLE = "available";
  static final List<String> DELETABLE =
      List.of("available", "error", "error_restoring", "error_extending", "error_managing");

  private String name;
  private String description;

  @Column(name = "size_gb", nullable = false)
  private int sizeGb;

  @Column(name = "volume_type_id", nullable = false)
  private String volumeTypeId;

  @Column(name = "availability_zone", nullable = false)
  private String availabilityZone;

  @Column(name = "migration_status")
  private String migrationStatus;

  @Column(name = "consistency_group_id")
  private String consistencyGroupId;

  protected Volume() {}

  Volume(
      Caller owner,
      String name,
      String description,
      int sizeGb,
      String volumeTypeId,
      String availabilityZone,
      String consistencyGroupId) {
    super(owner, AVAILABLE);
    this.name = name;
    this.description = description;
    this.sizeGb = sizeGb;
    this.volumeTypeId = volumeTypeId;
    this.availabilityZone = availabilityZone;
    this.consistencyGroupId = consistencyGroupId;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public int sizeGb() {
    return sizeGb;
  }

  public String volumeTypeId() {
    return volumeTypeId;
  }

  public String availabilityZone() {
    return availabilityZone;
  }

  public String migrationStatus() {
    return migrationStatus;
  }

  public String consistencyGroupId() {
    return consistencyGroupId;
  }

  /** Why a snapshot of this volume cannot be taken now, in Cinder's words, or null when it can. */
  public String snapshotRefusal() {
    if (status().equals("maintenance")) {
      return "The snapshot cannot be created when the volume is in maintenance mode.";
    }
    if (migrationStatus != null
        && !migrationStatus.equals("deleting")
        && !migrationStatus.equals("error")
        && !migrationStatus.equals("success")) {
      return "Snapshot cannot be created while volume is migrating.";
    }
    if (status().equals("error")) {
      return "The snapshot cannot be created when the volume is in error status.";
    }
    if (status().startsWith("replica_")) {
      return "Snapshot of secondary replica is not allowed.";
    }
    return null;
  }

  public void resetStatus(String status) {
    changeStatus(status);
  }

  /** Cinder deletes a volume on its own only from these statuses. */
  boolean deletableStatus() {
    return DELETABLE.contains(status())
        && (migrationStatus == null
            || migrationStatus.equals("deleting")
            || migrationStatus.equals("error")
            || migrationStatus.equals("success"));
  }

  public void markDeleted() {
    softDelete("deleted");
  }
}
