package dev.cgsnap.quotas;

import dev.cgsnap.api.Settings;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Counts the member snapshots each project holds, in table {@code quota_usage}. A reservation is a
 * conditional update inside the caller's transaction, so it is exact under concurrency and a
 * rollback gives it back.
 */
@Stateless
public class QuotaService {

  public static final String SNAPSHOTS = "snapshots";
  private static final Logger LOG = Logger.getLogger(QuotaService.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Settings settings;
  @Resource SessionContext context;

  /**
   * Adds {@code count} snapshots to the project's usage, or throws 413 when over the limit. The
   * usage row normally exists already (a group's creation makes it); only when it does not is a
   * second connection needed, to create it in a transaction of its own.
   */
  public void reserveSnapshots(String projectId, int count) {
    if (addWithinLimit(projectId, count)) {
      return;
    }
    if (!exists(projectId, SNAPSHOTS)) {
      self().ensureRow(projectId, SNAPSHOTS);
      if (addWithinLimit(projectId, count)) {
        return;
      }
    }
    throw new SnapshotLimitExceededException(settings.snapshotQuota());
  }

  private boolean addWithinLimit(String projectId, int count) {
    int limit = settings.snapshotQuota();
    String withinLimit = limit < 0 ? "" : " AND in_use + ?1 <= " + limit;
    return em.createNativeQuery(
                "UPDATE quota_usage SET in_use = in_use + ?1"
                    + " WHERE project_id = ?2 AND resource = ?3"
                    + withinLimit)
            .setParameter(1, count)
            .setParameter(2, projectId)
            .setParameter(3, SNAPSHOTS)
            .executeUpdate()
        == 1;
  }

  public void releaseSnapshots(String projectId, int count) {
    em.createNativeQuery(
            "UPDATE quota_usage SET in_use = CASE WHEN in_use > ?1 THEN in_use - ?1 ELSE 0 END"
                + " WHERE project_id = ?2 AND resource = ?3")
        .setParameter(1, count)
        .setParameter(2, projectId)
        .setParameter(3, SNAPSHOTS)
        .executeUpdate();
  }

  public int snapshotsInUse(String projectId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT in_use FROM quota_usage WHERE project_id = ?1 AND resource = ?2")
            .setParameter(1, projectId)
            .setParameter(2, SNAPSHOTS)
            .getResultList();
    return rows.isEmpty() ? 0 : ((Number) rows.getFirst()).intValue();
  }

  /**
   * Creates a project's usage row in a transaction of its own, so reservations only ever update it.
   * Two first callers of a project may race here; the loser's insert fails and is ignored.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void ensureRow(String projectId, String resource) {
    if (exists(projectId, resource)) {
      return;
    }
    try {
      em.createNativeQuery(
              "INSERT INTO quota_usage (project_id, resource, in_use) VALUES (?1, ?2, 0)")
          .setParameter(1, projectId)
          .setParameter(2, resource)
          .executeUpdate();
    } catch (PersistenceException alreadyThere) {
      LOG.log(Level.FINE, "Usage row of project {0} was created concurrently", projectId);
      context.setRollbackOnly();
    }
  }

  private boolean exists(String projectId, String resource) {
    return !em.createNativeQuery(
            "SELECT in_use FROM quota_usage WHERE project_id = ?1 AND resource = ?2")
        .setParameter(1, projectId)
        .setParameter(2, resource)
        .getResultList()
        .isEmpty();
  }

  private QuotaService self() {
    return context.getBusinessObject(QuotaService.class);
  }
}
