package dev.cgsnap.api;

/** 400 for a field value Cinder rejects as "Invalid input received". */
public class InvalidInputException extends CinderException {

  public InvalidInputException(String reason) {
    super(400, "Invalid input received: " + reason);
  }
}
