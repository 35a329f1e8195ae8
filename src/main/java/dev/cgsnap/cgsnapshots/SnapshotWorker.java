package dev.cgsnap.cgsnapshots;

import dev.cgsnap.api.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the worker right after a create or delete commits, and polls for work that is left over:
 * from before a restart, from a crashed instance, or from a moment when no thread was free.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SnapshotWorker {

  /** Units one drain takes at most, so a poll never runs unbounded. */
  private static final int MAX_PER_DRAIN = 1000;

  private static final Logger LOG = Logger.getLogger(SnapshotWorker.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @EJB SnapshotProcessor processor;
  @Inject Settings settings;

  private ScheduledFuture<?> poll;

  @PostConstruct
  void start() {
    long seconds = Math.max(1, settings.workerPollSeconds());
    poll = scheduler.scheduleWithFixedDelay(this::drain, seconds, seconds, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    poll.cancel(false);
  }

  public void onWork(@Observes(during = TransactionPhase.AFTER_SUCCESS) SnapshotWork work) {
    try {
      executor.execute(this::drain);
    } catch (RejectedExecutionException busy) {
      LOG.log(Level.FINE, "No thread free for {0}; the poll will take it", work.cgsnapshotId());
    }
  }

  private void drain() {
    try {
      int done = 0;
      while (done < MAX_PER_DRAIN && processor.processNext()) {
        done++;
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Worker stopped early; the next poll retries", e);
    }
  }
}
