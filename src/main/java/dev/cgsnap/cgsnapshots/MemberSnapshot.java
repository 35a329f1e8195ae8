package dev.cgsnap.cgsnapshots;

import dev.cgsnap.api.Caller;
import dev.cgsnap.persistence.OwnedRecord;
import dev.cgsnap.volumes.Volume;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The snapshot of one volume within a cgsnapshot. */
@Entity
@Table(name = "member_snapshot")
public class MemberSnapshot extends OwnedRecord {

  @Column(name = "cgsnapshot_id", nullable = false)
  private String cgsnapshotId;

  @Column(name = "volume_id", nullable = false)
  private String volumeId;

  private String name;
  private String description;

  @Column(name = "size_gb", nullable = false)
  private int sizeGb;

  @Column(nullable = false)
  private String progress;

  protected MemberSnapshot() {}

  MemberSnapshot(Caller owner, Cgsnapshot parent, Volume volume) {
    super(owner, Cgsnapshot.CREATING);
    this.cgsnapshotId = parent.id();
    this.volumeId = volume.id();
    this.name = parent.name();
    this.description = parent.description();
    this.sizeGb = volume.sizeGb();
    this.progress = "0%";
  }

  public String cgsnapshotId() {
    return cgsnapshotId;
  }

  public String volumeId() {
    return volumeId;
  }

  public String progress() {
    return progress;
  }

  public int sizeGb() {
    return sizeGb;
  }

  void taken() {
    progress = "100%";
    changeStatus(Cgsnapshot.AVAILABLE);
  }

  void failed() {
    changeStatus(Cgsnapshot.ERROR);
  }

  void markDeleted() {
    softDelete(Cgsnapshot.DELETED);
  }
}
