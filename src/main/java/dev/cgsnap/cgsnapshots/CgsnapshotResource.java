package dev.cgsnap.cgsnapshots;

import dev.cgsnap.api.JsonText;
import dev.cgsnap.api.RequestState;
import dev.cgsnap.api.Validation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** {@code /v2|v3/{project_id}/cgsnapshots}. */
@ApplicationScoped
@Path("{api: v[23]}/{project_id}/cgsnapshots")
public class CgsnapshotResource {

  @Inject CgsnapshotService cgsnapshots;
  @Inject RequestState state;
  @Inject Validation validation;

  @POST
  @Consumes({MediaType.APPLICATION_JSON, JsonText.OPENSTACK_JSON})
  public Response create(JsonValue body) {
    CreateCgsnapshotRequest request = validation.valid(CreateCgsnapshotRequest.from(body));
    Cgsnapshot snapshot = cgsnapshots.create(state.caller(), request);
    return JsonText.response(Response.Status.ACCEPTED, CgsnapshotView.created(snapshot));
  }

  @GET
  public Response list(@Context UriInfo uri) {
    return page(uri, false);
  }

  @GET
  @Path("detail")
  public Response detail(@Context UriInfo uri) {
    return page(uri, true);
  }

  /** A full page links to the next one: the same query continued after its last snapshot. */
  private Response page(UriInfo uri, boolean detail) {
    CgsnapshotQuery query = CgsnapshotQuery.from(uri.getQueryParameters());
    List<Cgsnapshot> page = cgsnapshots.list(state.caller(), query);
    String next =
        page.size() < query.limit()
            ? null
            : uri.getRequestUriBuilder()
                .replaceQueryParam("offset")
                .replaceQueryParam("limit", query.limit())
                .replaceQueryParam("marker", page.getLast().id())
                .build()
                .toString();
    return JsonText.response(Response.Status.OK, CgsnapshotView.list(page, detail, next));
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    cgsnapshots.delete(state.caller(), id);
    return Response.accepted().build();
  }

  @GET
  @Path("{id}")
  public Response show(@PathParam("id") String id) {
    Cgsnapshot snapshot = cgsnapshots.get(state.caller(), id);
    return JsonText.response(Response.Status.OK, CgsnapshotView.shown(snapshot));
  }
}
