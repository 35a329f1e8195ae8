package dev.cgsnap.cgsnapshots;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the processor right after a create or delete commits, and whenever the poll asks. At most
 * one drain runs per instance; requests that arrive meanwhile are folded into it, so under load the
 * processor finishes many snapshots per transaction instead of one transaction per request.
 */
@ApplicationScoped
public class SnapshotWorker {

  /** Snapshots finished per transaction at most. */
  static final int BATCH = 100;

  private static final Logger LOG = Logger.getLogger(SnapshotWorker.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @EJB SnapshotProcessor processor;

  private final AtomicBoolean draining = new AtomicBoolean();
  private final AtomicBoolean requested = new AtomicBoolean();

  void onWork(@Observes(during = TransactionPhase.AFTER_SUCCESS) SnapshotWork work) {
    request();
  }

  /** Starts a drain unless one is running; a running one sees the request and goes round again. */
  public void request() {
    requested.set(true);
    if (!draining.compareAndSet(false, true)) {
      return;
    }
    try {
      executor.execute(this::drain);
    } catch (RejectedExecutionException busy) {
      draining.set(false);
      LOG.log(Level.FINE, "No thread free for the worker; the poll will start it");
    }
  }

  private void drain() {
    boolean failed = false;
    try {
      while (requested.getAndSet(false)) {
        while (processor.processBatch(BATCH) == BATCH) {
          // a full batch: more may be waiting
        }
      }
    } catch (RuntimeException e) {
      failed = true;
      LOG.log(Level.WARNING, "Worker stopped early; the next poll retries", e);
    } finally {
      draining.set(false);
    }
    if (!failed && requested.get()) {
      request(); // arrived after the last look but before this drain let go
    }
  }
}
