package dev.cgsnap.cgsnapshots;

import dev.cgsnap.api.Caller;
import dev.cgsnap.api.NotFoundException;
import dev.cgsnap.consistencygroups.ConsistencyGroup;
import dev.cgsnap.consistencygroups.ConsistencyGroupService;
import dev.cgsnap.consistencygroups.InvalidGroupException;
import dev.cgsnap.volumes.Volume;
import dev.cgsnap.volumes.VolumeService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/** The rules of taking, reading and deleting cgsnapshots; each call is one transaction. */
@Stateless
public class CgsnapshotService {

  static final String EMPTY_OR_BUSY_GROUP =
      "Source group cannot be empty or in 'creating' or 'updating' state. No group snapshot will"
          + " be created.";
  private static final Logger LOG = Logger.getLogger(CgsnapshotService.class.getName());

  @PersistenceContext EntityManager em;
  @Inject ConsistencyGroupService groups;
  @Inject VolumeService volumes;

  /**
   * Records a cgsnapshot and one member snapshot per volume of the group, all {@code creating}.
   * The group stays locked from the checks to the commit, so no concurrent change of its status or
   * membership can slip between them.
   */
  public Cgsnapshot create(Caller caller, CreateCgsnapshotRequest request) {
    ConsistencyGroup group = groups.lock(caller, request.groupId());
    List<Volume> members = volumes.inGroup(group.id());
    if (members.isEmpty() || group.status().equals("creating") || group.status().equals("updating")) {
      throw new InvalidGroupException(EMPTY_OR_BUSY_GROUP);
    }
    if (!group.canBeSnapshotted()) {
      throw new InvalidGroupException(
          "Group status must be available or in-use to take a snapshot, but is "
              + group.status()
              + ".");
    }
    for (Volume volume : members) {
      String refusal = volume.snapshotRefusal();
      if (refusal != null) {
        throw new InvalidVolumeException(refusal);
      }
    }
    Cgsnapshot snapshot =
        new Cgsnapshot(caller, group.id(), request.nameText(), request.descriptionText());
    em.persist(snapshot);
    for (Volume volume : members) {
      em.persist(new MemberSnapshot(caller, snapshot, volume));
    }
    LOG.info(
        () ->
            "Created cgsnapshot "
                + snapshot.id()
                + " of group "
                + group.id()
                + " ("
                + members.size()
                + " volumes) in project "
                + caller.projectId());
    return snapshot;
  }

  public Optional<Cgsnapshot> find(Caller caller, String id) {
    return Optional.ofNullable(em.find(Cgsnapshot.class, id)).filter(s -> s.visibleTo(caller));
  }

  public Cgsnapshot get(Caller caller, String id) {
    return find(caller, id).orElseThrow(() -> new NotFoundException("GroupSnapshot", id));
  }

  public List<MemberSnapshot> members(String cgsnapshotId) {
    return em.createQuery(
            "SELECT m FROM MemberSnapshot m WHERE m.cgsnapshotId = :id ORDER BY m.createdAt, m.id",
            MemberSnapshot.class)
        .setParameter("id", cgsnapshotId)
        .getResultList();
  }
}
