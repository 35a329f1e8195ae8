package dev.cgsnap.cgsnapshots;

import dev.cgsnap.api.Caller;
import dev.cgsnap.api.ForbiddenException;
import dev.cgsnap.api.NotFoundException;
import dev.cgsnap.api.Timestamps;
import dev.cgsnap.consistencygroups.ConsistencyGroup;
import dev.cgsnap.consistencygroups.ConsistencyGroupService;
import dev.cgsnap.consistencygroups.InvalidGroupException;
import dev.cgsnap.quotas.QuotaService;
import dev.cgsnap.volumes.Volume;
import dev.cgsnap.volumes.VolumeService;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The rules of taking, reading and deleting cgsnapshots. Each change is one transaction; reads join
 * the caller's transaction if there is one and otherwise run without, on the committed data.
 */
@Stateless
public class CgsnapshotService {

  static final String EMPTY_OR_BUSY_GROUP =
      "Source group cannot be empty or in 'creating' or 'updating' state. No group snapshot will"
          + " be created.";
  private static final Logger LOG = Logger.getLogger(CgsnapshotService.class.getName());

  @PersistenceContext EntityManager em;
  @Inject ConsistencyGroupService groups;
  @Inject VolumeService volumes;
  @Inject QuotaService quotas;
  @Inject Event<SnapshotWork> work;

  /**
   * Records a cgsnapshot and one member snapshot per volume of the group, all {@code creating}. The
   * group stays locked from the checks to the commit, so no concurrent change of its status or
   * membership can slip between them.
   */
  public Cgsnapshot create(Caller caller, CreateCgsnapshotRequest request) {
    ConsistencyGroup group = groups.lock(caller, request.groupId());
    List<Volume> members = volumes.inGroup(group.id());
    if (members.isEmpty()
        || group.status().equals("creating")
        || group.status().equals("updating")) {
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
    // The project's usage row is the one every create of the project writes: reserve last, so
    // its lock is held only from this statement to the commit.
    em.flush();
    quotas.reserveSnapshots(caller.projectId(), members.size());
    work.fire(new SnapshotWork(snapshot.id()));
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

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Cgsnapshot> find(Caller caller, String id) {
    return Optional.ofNullable(em.find(Cgsnapshot.class, id)).filter(s -> s.visibleTo(caller));
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Cgsnapshot get(Caller caller, String id) {
    return find(caller, id).orElseThrow(() -> new NotFoundException("GroupSnapshot", id));
  }

  /**
   * One page of the caller's snapshots (every project's for an admin asking for all tenants),
   * filtered, ordered and cut in the database. A marker continues after that snapshot in the
   * requested order, by comparing the sort keys rather than counting rows.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Cgsnapshot> list(Caller caller, CgsnapshotQuery query) {
    boolean everyProject = query.allTenants() && caller.admin();
    StringBuilder jpql =
        new StringBuilder(
            "SELECT c, COALESCE(c.name, '') AS sortName FROM Cgsnapshot c"
                + " WHERE c.deleted = false");
    Map<String, Object> params = new HashMap<>();
    if (!everyProject) {
      jpql.append(" AND c.projectId = :project");
      params.put("project", caller.projectId());
    }
    for (Map.Entry<String, String> filter : query.filters().entrySet()) {
      String param = "f_" + filter.getKey();
      jpql.append(" AND ").append(column(filter.getKey(), false)).append(" = :").append(param);
      params.put(param, filter.getValue());
    }
    if (query.marker() != null) {
      Cgsnapshot marker =
          Optional.ofNullable(em.find(Cgsnapshot.class, query.marker()))
              .filter(m -> !m.deleted())
              .filter(m -> everyProject || m.projectId().equals(caller.projectId()))
              .orElseThrow(() -> new MarkerNotFoundException(query.marker()));
      jpql.append(" AND (").append(after(query.sorts(), marker, params)).append(')');
    }
    List<String> order = new ArrayList<>();
    for (CgsnapshotQuery.Sort sort : query.sorts()) {
      order.add(column(sort.key(), true) + (sort.ascending() ? " ASC" : " DESC"));
    }
    jpql.append(" ORDER BY ").append(String.join(", ", order));
    TypedQuery<Object[]> select = em.createQuery(jpql.toString(), Object[].class);
    params.forEach(select::setParameter);
    return select
        .setFirstResult(query.offset())
        .setMaxResults(query.limit())
        .getResultList()
        .stream()
        .map(row -> (Cgsnapshot) row[0])
        .toList();
  }

  /** Names sort by their text with null as empty, so the order and the marker test agree. */
  private static String column(String key, boolean forSort) {
    return switch (key) {
      case "created_at" -> "c.createdAt";
      case "id" -> "c.id";
      case "name" -> forSort ? "sortName" : "c.name";
      case "status" -> "c.status";
      case "consistencygroup_id" -> "c.consistencyGroupId";
      default -> throw new IllegalArgumentException(key);
    };
  }

  /** (k1 after v1) OR (k1 = v1 AND k2 after v2) OR ..., over the whole sort order. */
  private static String after(
      List<CgsnapshotQuery.Sort> sorts, Cgsnapshot marker, Map<String, Object> params) {
    List<String> alternatives = new ArrayList<>();
    for (int i = 0; i < sorts.size(); i++) {
      StringBuilder alternative = new StringBuilder("(");
      for (int j = 0; j < i; j++) {
        alternative.append(keyExpression(sorts.get(j).key())).append(" = :m").append(j);
        alternative.append(" AND ");
      }
      CgsnapshotQuery.Sort sort = sorts.get(i);
      alternative
          .append(keyExpression(sort.key()))
          .append(sort.ascending() ? " > :m" : " < :m")
          .append(i)
          .append(')');
      alternatives.add(alternative.toString());
      params.put("m" + i, markerValue(sort.key(), marker));
    }
    return String.join(" OR ", alternatives);
  }

  private static String keyExpression(String key) {
    return key.equals("name") ? "COALESCE(c.name, '')" : column(key, true);
  }

  private static Object markerValue(String key, Cgsnapshot marker) {
    return switch (key) {
      case "created_at" -> marker.createdAt();
      case "id" -> marker.id();
      case "name" -> marker.name() == null ? "" : marker.name();
      case "status" -> marker.status();
      default -> throw new IllegalArgumentException(key);
    };
  }

  /**
   * Moves the snapshot to {@code deleting} with one conditional update, so of two concurrent
   * deletes exactly one succeeds; the worker then deletes the members and releases the quota.
   */
  public void delete(Caller caller, String id) {
    Cgsnapshot snapshot = get(caller, id);
    int changed =
        em.createQuery(
                "UPDATE Cgsnapshot c SET c.status = :deleting, c.updatedAt = :now"
                    + " WHERE c.id = :id AND c.deleted = false AND c.status IN :deletable")
            .setParameter("deleting", Cgsnapshot.DELETING)
            .setParameter("now", Timestamps.now())
            .setParameter("id", snapshot.id())
            .setParameter("deletable", List.of(Cgsnapshot.AVAILABLE, Cgsnapshot.ERROR))
            .executeUpdate();
    if (changed == 0) {
      throw new InvalidGroupSnapshotException(InvalidGroupSnapshotException.NOT_DELETABLE);
    }
    em.createQuery(
            "UPDATE MemberSnapshot m SET m.status = :deleting, m.updatedAt = :now"
                + " WHERE m.cgsnapshotId = :id AND m.deleted = false")
        .setParameter("deleting", Cgsnapshot.DELETING)
        .setParameter("now", Timestamps.now())
        .setParameter("id", snapshot.id())
        .executeUpdate();
    work.fire(new SnapshotWork(snapshot.id()));
    LOG.info(() -> "Deleting cgsnapshot " + snapshot.id() + " in project " + snapshot.projectId());
  }

  /** Admins only; no check of the current status, as in Cinder. */
  public void resetStatus(Caller caller, String id, String status) {
    Cgsnapshot snapshot = get(caller, id);
    if (!caller.admin()) {
      throw new ForbiddenException("group:reset_group_snapshot_status");
    }
    snapshot.resetStatus(status);
    if (snapshot.pending()) {
      work.fire(new SnapshotWork(snapshot.id()));
    }
    LOG.info(
        () ->
            "Reset status of cgsnapshot "
                + snapshot.id()
                + " in project "
                + snapshot.projectId()
                + " to "
                + status);
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<MemberSnapshot> members(String cgsnapshotId) {
    return em.createQuery(
            "SELECT m FROM MemberSnapshot m WHERE m.cgsnapshotId = :id ORDER BY m.createdAt, m.id",
            MemberSnapshot.class)
        .setParameter("id", cgsnapshotId)
        .getResultList();
  }
}
