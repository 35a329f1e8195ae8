package dev.cgsnap.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The service's settings, read from MicroProfile Config: a system property such as {@code
 * cgsnap.admin-users} or the environment variable {@code CGSNAP_ADMIN_USERS}.
 */
@ApplicationScoped
public class Settings {

  private final Set<String> adminUsers;
  private final int snapshotQuota;
  private final int workerPollSeconds;
  private final boolean accessLog;

  public Settings() {
    Config config = ConfigProvider.getConfig();
    adminUsers =
        Arrays.stream(read(config, "cgsnap.admin-users", "admin").split(","))
            .map(String::strip)
            .filter(user -> !user.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
    snapshotQuota = Integer.parseInt(read(config, "cgsnap.quota.snapshots", "10"));
    workerPollSeconds = Integer.parseInt(read(config, "cgsnap.worker.poll-seconds", "5"));
    accessLog = Boolean.parseBoolean(read(config, "cgsnap.access-log", "false"));
  }

  private static String read(Config config, String key, String fallback) {
    return config.getOptionalValue(key, String.class).orElse(fallback);
  }

  public Set<String> adminUsers() {
    return adminUsers;
  }

  /** Member snapshots a project may hold; -1 means unlimited. */
  public int snapshotQuota() {
    return snapshotQuota;
  }

  public int workerPollSeconds() {
    return workerPollSeconds;
  }

  /** Whether every request is logged at INFO (else at FINE). */
  public boolean accessLog() {
    return accessLog;
  }
}
