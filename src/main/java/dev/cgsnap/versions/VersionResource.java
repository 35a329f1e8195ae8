package dev.cgsnap.versions;

import dev.cgsnap.api.JsonText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * Version discovery: {@code GET /} lists the APIs (300, as Cinder answers), {@code GET /v3/} and
 * {@code GET /v2/} describe one each. No token is needed for any of them.
 */
@ApplicationScoped
@Path("")
public class VersionResource {

  @GET
  public Response all(@Context UriInfo uri) {
    return JsonText.response(
        Response.Status.MULTIPLE_CHOICES,
        VersionView.document(
            List.of(VersionView.v3(uri.getBaseUri()), VersionView.v2(uri.getBaseUri()))));
  }

  @GET
  @Path("{v3: v3/?}")
  public Response v3(@Context UriInfo uri) {
    return JsonText.response(
        Response.Status.OK, VersionView.document(List.of(VersionView.v3(uri.getBaseUri()))));
  }

  @GET
  @Path("{v2: v2/?}")
  public Response v2(@Context UriInfo uri) {
    return JsonText.response(
        Response.Status.OK, VersionView.document(List.of(VersionView.v2(uri.getBaseUri()))));
  }
}
