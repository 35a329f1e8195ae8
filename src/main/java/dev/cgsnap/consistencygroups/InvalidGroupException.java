package dev.cgsnap.consistencygroups;

import dev.cgsnap.api.CinderException;

/** 400 "Invalid Group: ..." for a group whose state forbids the operation. */
public class InvalidGroupException extends CinderException {

  public InvalidGroupException(String reason) {
    super(400, "Invalid Group: " + reason);
  }
}
