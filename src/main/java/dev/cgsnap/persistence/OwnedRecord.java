package dev.cgsnap.persistence;

import dev.cgsnap.api.Caller;
import dev.cgsnap.api.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDateTime;
import java.util.UUID;

/** What every stored record has: a UUID key, an owner, a status and soft-delete history. */
@MappedSuperclass
public abstract class OwnedRecord {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "project_id", nullable = false)
  private String projectId;

  @Column(name = "user_id", nullable = false)
  private String userId;

  @Column(nullable = false)
  private String status;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "updated_at")
  private LocalDateTime updatedAt;

  @Column(name = "deleted_at")
  private LocalDateTime deletedAt;

  @Column(nullable = false)
  private boolean deleted;

  protected OwnedRecord() {}

  protected OwnedRecord(Caller owner, String status) {
    this.id = UUID.randomUUID().toString();
    this.projectId = owner.projectId();
    this.userId = owner.userId();
    this.status = status;
    this.createdAt = Timestamps.now();
  }

  public String id() {
    return id;
  }

  public String projectId() {
    return projectId;
  }

  public String userId() {
    return userId;
  }

  public String status() {
    return status;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public LocalDateTime updatedAt() {
    return updatedAt;
  }

  public boolean deleted() {
    return deleted;
  }

  /** Whether the caller may see this record: it is live and belongs to the caller's project. */
  public boolean visibleTo(Caller caller) {
    return !deleted && caller.canSee(projectId);
  }

  protected void changeStatus(String newStatus) {
    this.status = newStatus;
    this.updatedAt = Timestamps.now();
  }

  protected void softDelete(String finalStatus) {
    changeStatus(finalStatus);
    this.deleted = true;
    this.deletedAt = updatedAt;
  }
}
