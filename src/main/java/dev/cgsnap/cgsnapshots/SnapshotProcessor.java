package dev.cgsnap.cgsnapshots;

import dev.cgsnap.quotas.QuotaService;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Does the work behind a 202: claims up to a batch of cgsnapshots in {@code creating} or {@code
 * deleting} and finishes them in one transaction. The claimed rows stay locked until that
 * transaction ends, so no other thread or instance takes the same snapshot; if the process dies or
 * the transaction fails, the database drops the locks and the rows are found again by the next
 * poll, and the backend is called again for every snapshot of that batch.
 */
@Stateless
public class SnapshotProcessor {

  private static final Logger LOG = Logger.getLogger(SnapshotProcessor.class.getName());
  private static final String PENDING = "status IN ('creating', 'deleting') AND deleted = FALSE";
  private static final String OLDEST_PENDING =
      "SELECT id FROM cgsnapshot WHERE " + PENDING + " ORDER BY created_at, id LIMIT ?1";

  /**
   * Backend time after which a batch takes no further snapshot, so that none waits for the commit
   * much longer than this behind others that were claimed with it.
   */
  private static final Duration BACKEND_TIME_PER_BATCH = Duration.ofSeconds(1);

  @PersistenceContext EntityManager em;
  @Inject SnapshotBackend backend;
  @Inject QuotaService quotas;

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  private boolean h2;

  /**
   * PostgreSQL and MariaDB skip rows other workers hold. H2 serves one process only, and its
   * support for locking reads is less proven, so there the claim is a conditional update.
   */
  @PostConstruct
  void detectDatabase() {
    try (Connection connection = dataSource.getConnection()) {
      h2 = connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("H2");
    } catch (SQLException e) {
      throw new IllegalStateException("The default datasource is not reachable", e);
    }
  }

  /**
   * Claims the oldest pending snapshots, at most {@code max}, and finishes them.
   *
   * @return how many were claimed, or {@code max} when time ran out before all were finished; fewer
   *     than {@code max} means no more were waiting
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int processBatch(int max) {
    List<String> ids = claim(max);
    if (ids.isEmpty()) {
      return 0;
    }
    Map<String, Cgsnapshot> snapshots = new LinkedHashMap<>();
    Map<String, List<MemberSnapshot>> members = new HashMap<>();
    for (Cgsnapshot snapshot :
        em.createQuery(
                "SELECT c FROM Cgsnapshot c WHERE c.id IN :ids ORDER BY c.createdAt, c.id",
                Cgsnapshot.class)
            .setParameter("ids", ids)
            .getResultList()) {
      if (snapshot.pending()) {
        snapshots.put(snapshot.id(), snapshot);
        members.put(snapshot.id(), new ArrayList<>());
      }
    }
    if (snapshots.isEmpty()) {
      return ids.size();
    }
    for (MemberSnapshot member :
        em.createQuery(
                "SELECT m FROM MemberSnapshot m WHERE m.cgsnapshotId IN :ids AND m.deleted = false"
                    + " ORDER BY m.createdAt, m.id",
                MemberSnapshot.class)
            .setParameter("ids", snapshots.keySet())
            .getResultList()) {
      members.get(member.cgsnapshotId()).add(member);
    }
    // Sorted, so that two instances update the same projects' usage rows in the same order.
    Map<String, Integer> releasedByProject = new TreeMap<>();
    long deadline = System.nanoTime() + BACKEND_TIME_PER_BATCH.toNanos();
    boolean cutShort = false;
    for (Cgsnapshot snapshot : snapshots.values()) {
      if (System.nanoTime() > deadline) {
        // A slow backend: commit what is done; the rest stays pending for the next batch.
        cutShort = true;
        break;
      }
      List<MemberSnapshot> ofSnapshot = members.get(snapshot.id());
      if (snapshot.status().equals(Cgsnapshot.CREATING)) {
        take(snapshot, ofSnapshot);
      } else if (remove(snapshot, ofSnapshot)) {
        releasedByProject.merge(snapshot.projectId(), ofSnapshot.size(), Integer::sum);
      }
    }
    releasedByProject.forEach(quotas::releaseSnapshots);
    return cutShort ? max : ids.size();
  }

  @SuppressWarnings("unchecked")
  private List<String> claim(int max) {
    if (!h2) {
      return em.createNativeQuery(OLDEST_PENDING + " FOR UPDATE SKIP LOCKED")
          .setParameter(1, max)
          .getResultList();
    }
    List<String> candidates =
        em.createNativeQuery(OLDEST_PENDING).setParameter(1, max).getResultList();
    if (!candidates.isEmpty()) {
      // Writing the rows (to themselves) locks those still pending until the transaction ends;
      // the caller reads their status afterwards and skips any that changed in between.
      em.createQuery(
              "UPDATE Cgsnapshot c SET c.status = c.status WHERE c.id IN :ids"
                  + " AND c.status IN :pending AND c.deleted = false")
          .setParameter("ids", candidates)
          .setParameter("pending", List.of(Cgsnapshot.CREATING, Cgsnapshot.DELETING))
          .executeUpdate();
    }
    return candidates;
  }

  private void take(Cgsnapshot snapshot, List<MemberSnapshot> members) {
    boolean allTaken = true;
    for (MemberSnapshot member : members) {
      try {
        backend.snapshot(member);
        member.taken();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Backend failed to snapshot member " + member.id(), e);
        member.failed();
        allTaken = false;
      }
    }
    snapshot.finish(allTaken);
    LOG.log(
        allTaken ? Level.INFO : Level.WARNING,
        "Cgsnapshot {0} of project {1} is {2}",
        new Object[] {snapshot.id(), snapshot.projectId(), snapshot.status()});
  }

  /** Whether every member is gone, and with them the snapshot. */
  private boolean remove(Cgsnapshot snapshot, List<MemberSnapshot> members) {
    for (MemberSnapshot member : members) {
      try {
        backend.delete(member);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Backend failed to delete member " + member.id(), e);
        member.failed();
        snapshot.failDelete();
        LOG.log(
            Level.WARNING,
            "Delete of cgsnapshot {0} of project {1} failed; it is {2}",
            new Object[] {snapshot.id(), snapshot.projectId(), snapshot.status()});
        return false;
      }
    }
    members.forEach(MemberSnapshot::markDeleted);
    snapshot.markDeleted();
    LOG.log(
        Level.INFO,
        "Deleted cgsnapshot {0} of project {1} ({2} member snapshots)",
        new Object[] {snapshot.id(), snapshot.projectId(), members.size()});
    return true;
  }
}
