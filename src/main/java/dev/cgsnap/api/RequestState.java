package dev.cgsnap.api;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * What the filters learn about a request before a resource sees it. A request is served on one
 * thread from its first filter to its response, so the values are kept per thread: the token
 * filter, which runs first, starts them afresh, and the request id filter, which wraps the whole
 * request, clears them at its end.
 */
@ApplicationScoped
public class RequestState {

  private final ThreadLocal<Caller> caller = new ThreadLocal<>();
  private final ThreadLocal<ApiVersion> version = new ThreadLocal<>();

  void clear() {
    caller.remove();
    version.remove();
  }

  public Caller caller() {
    Caller current = caller.get();
    if (current == null) {
      throw new UnauthorizedException();
    }
    return current;
  }

  void caller(Caller current) {
    caller.set(current);
  }

  public ApiVersion version() {
    return version.get();
  }

  void version(ApiVersion current) {
    version.set(current);
  }
}
