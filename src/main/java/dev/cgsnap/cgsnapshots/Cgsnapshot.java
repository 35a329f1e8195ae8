package dev.cgsnap.cgsnapshots;

import dev.cgsnap.api.Caller;
import dev.cgsnap.persistence.OwnedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A snapshot of every volume of a consistency group, taken at one point in time. */
@Entity
@Table(name = "cgsnapshot")
public class Cgsnapshot extends OwnedRecord {

  public static final String CREATING = "creating";
  public static final String AVAILABLE = "available";
  public static final String ERROR = "error";
  public static final String DELETING = "deleting";
  public static final String DELETED = "deleted";

  @Column(name = "consistency_group_id", nullable = false)
  private String consistencyGroupId;

  private String name;
  private String description;

  protected Cgsnapshot() {}

  Cgsnapshot(Caller owner, String consistencyGroupId, String name, String description) {
    super(owner, CREATING);
    this.consistencyGroupId = consistencyGroupId;
    this.name = name;
    this.description = description;
  }

  public String consistencyGroupId() {
    return consistencyGroupId;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  /** Whether the worker still has something to do for this snapshot. */
  public boolean pending() {
    return !deleted() && (status().equals(CREATING) || status().equals(DELETING));
  }

  void finish(boolean allMembersTaken) {
    changeStatus(allMembersTaken ? AVAILABLE : ERROR);
  }

  void failDelete() {
    changeStatus(ERROR);
  }

  void markDeleted() {
    softDelete(DELETED);
  }

  void resetStatus(String status) {
    changeStatus(status);
  }
}
