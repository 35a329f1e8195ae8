package dev.cgsnap.api;

import jakarta.ejb.ApplicationException;

/**
 * A failure the client caused or must know about, rendered as Cinder's fault envelope. Subclasses
 * name one condition each; all roll back the transaction they cross.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class CinderException extends RuntimeException {

  private final int status;

  protected CinderException(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
