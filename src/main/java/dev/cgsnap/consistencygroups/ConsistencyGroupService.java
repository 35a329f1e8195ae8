package dev.cgsnap.consistencygroups;

import dev.cgsnap.api.BadRequestException;
import dev.cgsnap.api.Caller;
import dev.cgsnap.api.ForbiddenException;
import dev.cgsnap.api.NotFoundException;
import dev.cgsnap.quotas.QuotaService;
import dev.cgsnap.types.VolumeTypeService;
import dev.cgsnap.volumes.Volume;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/** Creates and reads consistency groups. */
@Stateless
public class ConsistencyGroupService {

  static final String DEFAULT_ZONE = "nova";
  private static final Logger LOG = Logger.getLogger(ConsistencyGroupService.class.getName());

  @PersistenceContext EntityManager em;
  @Inject VolumeTypeService types;
  @Inject QuotaService quotas;

  public ConsistencyGroup create(Caller caller, CreateGroupRequest request) {
    quotas.ensureRow(caller.projectId(), QuotaService.SNAPSHOTS);
    String typeList = request.volumeTypesText();
    if (typeList == null || typeList.isEmpty()) {
      throw new BadRequestException(
          "volume_types must be provided to create consistency group " + request.nameText() + ".");
    }
    List<String> typeIds =
        Arrays.stream(typeList.split(","))
            .map(String::strip)
            .filter(type -> !type.isEmpty())
            .map(type -> types.get(type).id())
            .toList();
    String zone = request.availabilityZoneText();
    ConsistencyGroup group =
        new ConsistencyGroup(
            caller,
            request.nameText(),
            request.descriptionText(),
            zone == null || zone.isEmpty() ? DEFAULT_ZONE : zone,
            typeIds);
    em.persist(group);
    LOG.info(() -> "Created consistency group " + group.id() + " in project " + caller.projectId());
    return group;
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<ConsistencyGroup> find(Caller caller, String id) {
    return Optional.ofNullable(em.find(ConsistencyGroup.class, id))
        .filter(group -> group.visibleTo(caller));
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public ConsistencyGroup get(Caller caller, String id) {
    return find(caller, id).orElseThrow(() -> new NotFoundException("Group", id));
  }

  /**
   * The group, locked until the transaction ends. Everything that changes a group's status or
   * membership, or snapshots it, takes this lock first, so those changes serialize per group.
   */
  public ConsistencyGroup lock(Caller caller, String id) {
    // Plain SQL: the provider would build and prepare a locking read anew on every call.
    List<?> rows =
        em.createNativeQuery(
                "SELECT * FROM consistency_group WHERE id = ?1 FOR UPDATE", ConsistencyGroup.class)
            .setParameter(1, id)
            .getResultList();
    return rows.stream()
        .map(ConsistencyGroup.class::cast)
        .filter(group -> group.visibleTo(caller))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Group", id));
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<ConsistencyGroup> list(Caller caller) {
    return em.createQuery(
            "SELECT g FROM ConsistencyGroup g WHERE g.projectId = :project AND g.deleted = false"
                + " ORDER BY g.createdAt DESC, g.id DESC",
            ConsistencyGroup.class)
        .setParameter("project", caller.projectId())
        .setMaxResults(1000)
        .getResultList();
  }

  /**
   * Cinder's checks in its order: status (unless forced), live cgsnapshots (even when forced), then
   * volumes, which only a forced delete takes along. There is no backend behind groups and volumes,
   * so the rows are soft-deleted at once.
   */
  public void delete(Caller caller, String id, boolean force) {
    ConsistencyGroup group = lock(caller, id);
    if (!group.deletable(force)) {
      throw new InvalidGroupException(
          "Group status must be available or error, but current status is: " + group.status());
    }
    if (hasSnapshots(group.id())) {
      throw new InvalidGroupException("Group has existing snapshots.");
    }
    List<Volume> volumes =
        em.createQuery(
                "SELECT v FROM Volume v WHERE v.consistencyGroupId = :group AND v.deleted = false",
                Volume.class)
            .setParameter("group", group.id())
            .getResultList();
    if (!volumes.isEmpty() && !force) {
      throw new InvalidGroupException(
          "Group "
              + group.name()
              + " still contains volumes. The delete-volumes flag is required to delete it.");
    }
    volumes.forEach(Volume::markDeleted);
    group.markDeleted();
    LOG.info(
        () ->
            "Deleted consistency group "
                + group.id()
                + " with "
                + volumes.size()
                + " volumes in project "
                + group.projectId());
  }

  private boolean hasSnapshots(String groupId) {
    return !em.createQuery(
            "SELECT c.id FROM Cgsnapshot c WHERE c.consistencyGroupId = :group"
                + " AND c.deleted = false",
            String.class)
        .setParameter("group", groupId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Admins only; any of Cinder's group statuses, whatever the current one. */
  public void resetStatus(Caller caller, String id, String status) {
    ConsistencyGroup group = lock(caller, id);
    if (!caller.admin()) {
      throw new ForbiddenException("group:reset_status");
    }
    group.resetStatus(status);
    LOG.info(
        () ->
            "Reset status of consistency group "
                + group.id()
                + " in project "
                + group.projectId()
                + " to "
                + status);
  }
}
