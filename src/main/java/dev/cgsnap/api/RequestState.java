package dev.cgsnap.api;

import jakarta.enterprise.context.RequestScoped;

/** What the filters learn about a request before a resource sees it. */
@RequestScoped
public class RequestState {

  private Caller caller;
  private ApiVersion version;

  public Caller caller() {
    if (caller == null) {
      throw new UnauthorizedException();
    }
    return caller;
  }

  void caller(Caller caller) {
    this.caller = caller;
  }

  public ApiVersion version() {
    return version;
  }

  void version(ApiVersion version) {
    this.version = version;
  }
}
