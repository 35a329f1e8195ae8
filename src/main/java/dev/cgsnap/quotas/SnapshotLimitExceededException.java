package dev.cgsnap.quotas;

import dev.cgsnap.api.CinderException;

/** 413 when a project's member snapshots would exceed its quota. */
public class SnapshotLimitExceededException extends CinderException {

  public SnapshotLimitExceededException(int limit) {
    super(
        413, "SnapshotLimitExceeded: Maximum number of snapshots allowed (" + limit + ") exceeded");
  }
}
