package dev.cgsnap.api;

/** 400 with a message that needs no class of its own (body shape, query parameters, URL). */
public class BadRequestException extends CinderException {

  /** Cinder's text when the request has no body it can read. */
  public static final String GENERIC =
      "The server could not comply with the request since it is either malformed or otherwise"
          + " incorrect.";

  public BadRequestException(String message) {
    super(400, message);
  }

  public static BadRequestException generic() {
    return new BadRequestException(GENERIC);
  }
}
