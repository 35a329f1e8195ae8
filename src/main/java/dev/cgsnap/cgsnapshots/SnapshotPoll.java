package dev.cgsnap.cgsnapshots;

import dev.cgsnap.api.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Asks the worker every few seconds to look for work nobody announced: left over from before a
 * restart, from a crashed instance, or from a moment when no thread was free.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class SnapshotPoll {

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject SnapshotWorker worker;
  @Inject Settings settings;

  private ScheduledFuture<?> poll;

  @PostConstruct
  void start() {
    long seconds = Math.max(1, settings.workerPollSeconds());
    poll = scheduler.scheduleWithFixedDelay(worker::request, seconds, seconds, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    poll.cancel(false);
  }
}
