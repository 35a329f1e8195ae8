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
 * Does the work behind a 202: one cgsnapshot in {@code creating} or {@code deleting} per call, in
 * a transaction of its own. The row stays locked until that transaction ends, so no other thread
 * or instance takes the same snapshot; if the process dies, the database drops the lock and the
 * row is found again by the next poll.
 */
@Stateless
public class SnapshotProcessor {

  private static final Logger LOG = Logger.getLogger(SnapshotProcessor.class.getName());
  private static final String PENDING =
      "SELECT id FROM cgsnapshot WHERE status IN ('creating', 'deleting') AND deleted = FALSE"
          + " ORDER BY created_at, id LIMIT 1 FOR UPDATE";

  @PersistenceContext EntityManager em;
  @Inject SnapshotBackend backend;
  @Inject QuotaService quotas;

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  private String claim;

  /** H2 serves one process only, so a plain row lock is enough there. */
  @PostConstruct
  void chooseClaim() {
    try (Connection connection = dataSource.getConnection()) {
      boolean h2 = connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("H2");
      claim = h2 ? PENDING : PENDING + " SKIP LOCKED";
    } catch (SQLException e) {
      throw new IllegalStateException("The default datasource is not reachable", e);
    }
  }

  /** Claims and finishes the oldest unit of work; false when there was none to claim. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean processNext() {
    List<?> claimed = em.createNativeQuery(claim).getResultList();
    if (claimed.isEmpty()) {
      return false;
    }
    Cgsnapshot snapshot = em.find(Cgsnapshot.class, claimed.getFirst().toString());
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
