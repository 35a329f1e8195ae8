package dev.cgsnap.api;

/** 401 when the request carries no usable token. */
public class UnauthorizedException extends CinderException {

  public UnauthorizedException() {
    this("Authentication required: send X-Auth-Token: <user>:<project>.");
  }

  public UnauthorizedException(String message) {
    super(401, message);
  }
}
