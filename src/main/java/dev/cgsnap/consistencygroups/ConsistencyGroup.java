package dev.cgsnap.consistencygroups;

import dev.cgsnap.api.Caller;
import dev.cgsnap.persistence.OwnedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;

/**
 * A consistency group: volumes that are snapshotted together. There is no scheduler here, so a
 * group is {@code available} as soon as it is created.
 */
@Entity
@Table(name = "consistency_group")
public class ConsistencyGroup extends OwnedRecord {

  public static final String AVAILABLE = "available";
  public static final String IN_USE = "in-use";
  public static final String ERROR = "error";
  public static final String DELETED = "deleted";

  private String name;
  private String description;

  @Column(name = "availability_zone", nullable = false)
  private String availabilityZone;

  /** Comma-separated ids of the group's volume types. */
  @Column(name = "volume_type_ids", nullable = false)
  private String volumeTypeIds;

  protected ConsistencyGroup() {}

  ConsistencyGroup(
      Caller owner,
      String name,
      String description,
      String availabilityZone,
      List<String> volumeTypeIds) {
    super(owner, AVAILABLE);
    this.name = name;
    this.description = description;
    this.availabilityZone = availabilityZone;
    this.volumeTypeIds = String.join(",", volumeTypeIds);
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public String availabilityZone() {
    return availabilityZone;
  }

  public List<String> volumeTypeIds() {
    return List.of(volumeTypeIds.split(","));
  }

  /** Snapshots are taken only of a group that is settled; Cinder also allows error and deleting. */
  public boolean canBeSnapshotted() {
    return status().equals(AVAILABLE) || status().equals(IN_USE);
  }

  public void resetStatus(String status) {
    changeStatus(status);
  }

  /** Without force only a settled group may go; with force its volumes go along. */
  boolean deletable(boolean force) {
    return force || status().equals(AVAILABLE) || status().equals(ERROR);
  }

  void markDeleted() {
    softDelete(DELETED);
  }
}
