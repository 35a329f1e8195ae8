package dev.cgsnap.api;

/** 403 for a call that only administrators may make. */
public class ForbiddenException extends CinderException {

  public ForbiddenException(String rule) {
    super(403, "Policy doesn't allow " + rule + " to be performed.");
  }
}
