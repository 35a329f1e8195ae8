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
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Does the work behind a 202: one cgsnapshot in {@code creating} or {@code deleting} per call, in a
 * transaction of its own. The row stays locked until that transaction ends, so no other thread or
 * instance takes the same snapshot; if the process dies, the database drops the lock and the row is
 * found again by the next poll.
 */
@Stateless
public class SnapshotProcessor {

  private static final Logger LOG = Logger.getLogger(SnapshotProcessor.class.getName());
  private static final String OLDEST_PENDING =
      "SELECT id FROM cgsnapshot WHERE status IN ('creating', 'deleting') AND deleted = FALSE"
          + " ORDER BY created_at, id LIMIT 1";

  /** On H2 the claim writes the row (to itself), which locks it until the transaction ends. */
  private static final String LOCK_IF_PENDING =
      "UPDATE cgsnapshot SET status = status WHERE id = ?1"
          + " AND status IN ('creating', 'deleting') AND deleted = FALSE";

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

  /** Claims and finishes the oldest unit of work; false when there was none to claim. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean processNext() {
    String query = h2 ? OLDEST_PENDING : OLDEST_PENDING + " FOR UPDATE SKIP LOCKED";
    List<?> claimed = em.createNativeQuery(query).getResultList();
    if (claimed.isEmpty()) {
      return false;
    }
    String id = claimed.getFirst().toString();
    if (h2 && em.createNativeQuery(LOCK_IF_PENDING).setParameter(1, id).executeUpdate() == 0) {
      return true; // another thread finished it in between; the caller asks again
    }
    Cgsnapshot snapshot = em.find(Cgsnapshot.class, id);
    if (snapshot == null || !snapshot.pending()) {
      return true;
    }
    List<MemberSnapshot> members =
        em.createQuery(
                "SELECT m FROM MemberSnapshot m WHERE m.cgsnapshotId = :id AND m.deleted = false"
                    + " ORDER BY m.createdAt, m.id",
                MemberSnapshot.class)
            .setParameter("id", snapshot.id())
            .getResultList();
    if (snapshot.status().equals(Cgsnapshot.CREATING)) {
      take(snapshot, members);
    } else {
      remove(snapshot, members);
    }
    return true;
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
        Level.INFO,
        "Cgsnapshot {0} of project {1} is {2}",
        new Object[] {snapshot.id(), snapshot.projectId(), snapshot.status()});
  }

  private void remove(Cgsnapshot snapshot, List<MemberSnapshot> members) {
    for (MemberSnapshot member : members) {
      try {
        backend.delete(member);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Backend failed to delete member " + member.id(), e);
        member.failed();
        snapshot.failDelete();
        LOG.log(
            Level.INFO,
            "Delete of cgsnapshot {0} of project {1} failed; it is {2}",
            new Object[] {snapshot.id(), snapshot.projectId(), snapshot.status()});
        return;
      }
    }
    members.forEach(MemberSnapshot::markDeleted);
    snapshot.markDeleted();
    quotas.releaseSnapshots(snapshot.projectId(), members.size());
    LOG.log(
        Level.INFO,
        "Deleted cgsnapshot {0} of project {1} ({2} member snapshots)",
        new Object[] {snapshot.id(), snapshot.projectId(), members.size()});
  }
}
