package dev.cgsnap.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.List;

/**
 * Authenticates in noauth mode and settles the project of the request. A project-less {@code /v3}
 * path gets the token's project inserted, so every resource sees one route shape; a project in the
 * URL must equal the token's.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class TokenFilter implements ContainerRequestFilter {

  /** User and project ids are stored in columns of this width. */
  static final int MAX_ID_LENGTH = 255;

  @Inject RequestState state;
  @Inject Settings settings;

  @Override
  public void filter(ContainerRequestContext request) {
    state.clear();
    List<String> segments = Routes.segments(request.getUriInfo().getPath(false));
    if (Routes.isDiscovery(segments)) {
      return;
    }
    String token = request.getHeaderString("X-Auth-Token");
    if (token == null || token.isBlank()) {
      throw new UnauthorizedException();
    }
    Caller caller = Caller.fromToken(token.strip(), settings.adminUsers());
    if (caller.userId().length() > MAX_ID_LENGTH || caller.projectId().length() > MAX_ID_LENGTH) {
      throw new UnauthorizedException(
          "The user and project in X-Auth-Token may have at most "
              + MAX_ID_LENGTH
              + " characters.");
    }
    state.caller(caller);
    if (segments.size() < 2 || !Routes.isApiVersion(segments.get(0))) {
      return;
    }
    if (segments.get(0).equals("v3") && Routes.COLLECTIONS.contains(segments.get(1))) {
      insertProject(request, segments, caller.projectId());
    } else if (!decode(segments.get(1)).equals(caller.projectId())) {
      throw new BadRequestException("Malformed request url");
    }
  }

  private static void insertProject(
      ContainerRequestContext request, List<String> segments, String project) {
    UriBuilder path =
        UriBuilder.fromUri(request.getUriInfo().getBaseUri()).path("v3").segment(project);
    for (String segment : segments.subList(1, segments.size())) {
      path.path(segment);
    }
    URI original = request.getUriInfo().getRequestUri();
    request.setRequestUri(path.replaceQuery(original.getRawQuery()).build());
  }

  private static String decode(String segment) {
    try {
      return java.net.URLDecoder.decode(
          segment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException badEscape) {
      throw new BadRequestException("Malformed request url");
    }
  }
}
