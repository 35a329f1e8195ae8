package dev.cgsnap.volumes;

import dev.cgsnap.api.BadRequestException;
import dev.cgsnap.api.Caller;
import dev.cgsnap.api.ForbiddenException;
import dev.cgsnap.api.NotFoundException;
import dev.cgsnap.cgsnapshots.InvalidVolumeException;
import dev.cgsnap.consistencygroups.ConsistencyGroup;
import dev.cgsnap.consistencygroups.ConsistencyGroupService;
import dev.cgsnap.consistencygroups.InvalidGroupException;
import dev.cgsnap.types.VolumeType;
import dev.cgsnap.types.VolumeTypeService;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/** Creates and reads volumes, and lists a group's members. */
@Stateless
public class VolumeService {

  private static final Logger LOG = Logger.getLogger(VolumeService.class.getName());

  @PersistenceContext EntityManager em;
  @Inject ConsistencyGroupService groups;
  @Inject VolumeTypeService types;

  public Volume create(Caller caller, CreateVolumeRequest request) {
    String groupId = request.consistencygroupIdText();
    ConsistencyGroup group = null;
    if (groupId != null && !groupId.isEmpty()) {
      group = groups.lock(caller, groupId);
      if (!group.canBeSnapshotted()) {
        throw new InvalidGroupException(
            "Group status must be available or in-use to add a volume, but is "
                + group.status()
                + ".");
      }
    }
    VolumeType type =
        request.volumeTypeText() == null || request.volumeTypeText().isEmpty()
            ? defaultTypeOf(group)
            : types.get(request.volumeTypeText());
    if (group != null && !group.volumeTypeIds().contains(type.id())) {
      throw new BadRequestException(
          "Invalid volume type: volume type "
              + type.name()
              + " is not one of the types of group "
              + group.id()
              + ".");
    }
    String zone = request.availabilityZoneText();
    Volume volume =
        new Volume(
            caller,
            request.nameText(),
            request.descriptionText(),
            request.sizeGb(),
            type.id(),
            zone == null || zone.isEmpty() ? "nova" : zone,
            group == null ? null : group.id());
    em.persist(volume);
    LOG.info(() -> "Created volume " + volume.id() + " in project " + caller.projectId());
    return volume;
  }

  private VolumeType defaultTypeOf(ConsistencyGroup group) {
    return group == null ? types.defaultType() : types.get(group.volumeTypeIds().getFirst());
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Volume> find(Caller caller, String id) {
    return Optional.ofNullable(em.find(Volume.class, id)).filter(v -> v.visibleTo(caller));
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Volume get(Caller caller, String id) {
    return find(caller, id).orElseThrow(() -> new NotFoundException("Volume", id));
  }

  /** The live volumes of a group, oldest first. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Volume> inGroup(String groupId) {
    return em.createQuery(
            "SELECT v FROM Volume v WHERE v.consistencyGroupId = :group AND v.deleted = false"
                + " ORDER BY v.createdAt, v.id",
            Volume.class)
        .setParameter("group", groupId)
        .getResultList();
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public String typeName(Volume volume) {
    return types.find(volume.volumeTypeId()).map(VolumeType::name).orElse(null);
  }

  /**
   * Deletes a volume on its own. As in Cinder, one message covers every refusal: a volume in a
   * group goes only with its group, and one with snapshots only after them. No storage stands
   * behind a volume, so it is soft-deleted at once.
   */
  public void delete(Caller caller, String id) {
    Volume volume = get(caller, id);
    if (volume.consistencyGroupId() != null
        || !volume.deletableStatus()
        || hasSnapshots(volume.id())) {
      throw new InvalidVolumeException(
          "Volume status must be "
              + String.join(" or ", Volume.DELETABLE)
              + " and must not be migrating, attached, belong to a group, have snapshots or be"
              + " disassociated from snapshots after volume transfer.");
    }
    volume.markDeleted();
    LOG.info(() -> "Deleted volume " + volume.id() + " in project " + volume.projectId());
  }

  private boolean hasSnapshots(String volumeId) {
    return !em.createQuery(
            "SELECT m.id FROM MemberSnapshot m WHERE m.volumeId = :volume AND m.deleted = false",
            String.class)
        .setParameter("volume", volumeId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Admins only; no check of the current status, as in Cinder. */
  public void resetStatus(Caller caller, String id, String status) {
    Volume volume = get(caller, id);
    if (!caller.admin()) {
      throw new ForbiddenException("volume_extension:volume_admin_actions:reset_status");
    }
    volume.resetStatus(status);
    LOG.info(
        () ->
            "Reset status of volume "
                + volume.id()
                + " in project "
                + volume.projectId()
                + " to "
                + status);
  }
}
