package dev.cgsnap.api;

/**
 * Validation groups that make a request's checks run in Cinder's order: a request type lists them
 * in its {@code @GroupSequence}, and the first group with a failure is the one reported.
 */
public final class Checks {

  private Checks() {}

  public interface First {}

  public interface Second {}

  public interface Third {}
}
