package dev.cgsnap.cgsnapshots;

import dev.cgsnap.api.CinderException;

/** 400 "Invalid volume: ..." for a member volume that cannot be snapshotted now. */
public class InvalidVolumeException extends CinderException {

  public InvalidVolumeException(String reason) {
    super(400, "Invalid volume: " + reason);
  }
}
