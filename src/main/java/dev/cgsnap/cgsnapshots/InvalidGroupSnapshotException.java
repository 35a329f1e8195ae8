package dev.cgsnap.cgsnapshots;

import dev.cgsnap.api.CinderException;

/** 400 "Invalid GroupSnapshot: ..." for a cgsnapshot whose status forbids the operation. */
public class InvalidGroupSnapshotException extends CinderException {

  static final String NOT_DELETABLE =
      "GroupSnapshot status must be available or error, and no Group can be currently using it"
          + " as source for its creation.";

  public InvalidGroupSnapshotException(String reason) {
    super(400, "Invalid GroupSnapshot: " + reason);
  }
}
