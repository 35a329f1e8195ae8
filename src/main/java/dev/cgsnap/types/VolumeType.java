package dev.cgsnap.types;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A volume type; {@value #DEFAULT_NAME} exists from the start, as in Cinder. */
@Entity
@Table(name = "volume_type")
public class VolumeType {

  public static final String DEFAULT_NAME = "__DEFAULT__";

  @Id
  @Column(length = 36)
  private String id;

  @Column(nullable = false)
  private String name;

  private String description;

  @Column(name = "is_public", nullable = false)
  private boolean isPublic;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "updated_at")
  private LocalDateTime updatedAt;

  @Column(name = "deleted_at")
  private LocalDateTime deletedAt;

  @Column(nullable = false)
  private boolean deleted;

  protected VolumeType() {}

  VolumeType(String name, String description, boolean isPublic) {
    this.id = java.util.UUID.randomUUID().toString();
    this.name = name;
    this.description = description;
    this.isPublic = isPublic;
    this.createdAt = dev.cgsnap.api.Timestamps.now();
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public boolean isPublic() {
    return isPublic;
  }

  public boolean deleted() {
    return deleted;
  }
}
