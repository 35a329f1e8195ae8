package dev.cgsnap.cgsnapshots.processing;

import dev.cgsnap.cgsnapshots.MemberSnapshot;
import dev.cgsnap.cgsnapshots.SnapshotBackend;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Replaces the built-in backend in this package's deployment and counts its calls per member. */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class CountingBackend implements SnapshotBackend {

  private final Map<String, Integer> snapshots = new ConcurrentHashMap<>();

  @Override
  public void snapshot(MemberSnapshot member) {
    snapshots.merge(member.id(), 1, Integer::sum);
  }

  @Override
  public void delete(MemberSnapshot member) {}

  /** How often each member was snapshotted. */
  public Map<String, Integer> snapshots() {
    return Map.copyOf(snapshots);
  }
}
