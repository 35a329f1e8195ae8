package dev.cgsnap.api;

/** 401 when the request carries no usable token. */
public class UnauthorizedException extends CinderException {

  public UnauthorizedException() {
    super(401, "Authentication required: send X-Auth-Token: <user>:<project>.");
  }
}
