package dev.cgsnap.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * Negotiates the microversion of a {@code /v3} request and names it in the response. {@code /v2}
 * runs at 2.0 and, as in Cinder, neither reads the header nor answers with one.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION + 100)
public class MicroversionFilter implements ContainerRequestFilter, ContainerResponseFilter {

  @Inject RequestState state;

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath(false);
    if (path.startsWith("v2") || path.startsWith("/v2")) {
      state.version(ApiVersion.LEGACY);
    } else {
      state.version(ApiVersion.negotiate(request.getHeaderString(ApiVersion.HEADER)));
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    ApiVersion version = state.version();
    if (version != null && !version.isLegacy()) {
      response.getHeaders().putSingle(ApiVersion.HEADER, "volume " + version);
      response.getHeaders().putSingle("Vary", ApiVersion.HEADER);
    }
  }
}
