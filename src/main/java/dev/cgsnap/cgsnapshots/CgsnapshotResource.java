package dev.cgsnap.cgsnapshots;

import dev.cgsnap.api.JsonText;
import dev.cgsnap.api.RequestState;
import dev.cgsnap.api.Validation;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code /v2|v3/{project_id}/cgsnapshots}. */
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
  @Path("{id}")
  public Response show(@PathParam("id") String id) {
    Cgsnapshot snapshot = cgsnapshots.get(state.caller(), id);
    return JsonText.response(Response.Status.OK, CgsnapshotView.shown(snapshot));
  }
}
