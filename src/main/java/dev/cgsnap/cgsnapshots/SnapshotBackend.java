package dev.cgsnap.cgsnapshots;

/**
 * The storage that really takes and removes member snapshots. A deployment replaces the built-in
 * {@link InstantSnapshotBackend} with a CDI alternative. Both calls may be repeated for the same
 * member after a crash, so they must be idempotent; an exception marks the member as failed.
 */
public interface SnapshotBackend {

  void snapshot(MemberSnapshot member);

  void delete(MemberSnapshot member);
}
