package dev.cgsnap.volumes;

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

/** {@code /v2|v3/{project_id}/volumes}. */
@Path("{api: v[23]}/{project_id}/volumes")
public class VolumeResource {

  @Inject VolumeService volumes;
  @Inject RequestState state;
  @Inject Validation validation;

  @POST
  @Consumes({MediaType.APPLICATION_JSON, JsonText.OPENSTACK_JSON})
  public Response create(JsonValue body) {
    CreateVolumeRequest request = validation.valid(CreateVolumeRequest.from(body));
    Volume volume = volumes.create(state.caller(), request);
    return JsonText.response(
        Response.Status.ACCEPTED, VolumeView.detail(volume, volumes.typeName(volume)));
  }

  @GET
  @Path("{id}")
  public Response show(@PathParam("id") String id) {
    Volume volume = volumes.get(state.caller(), id);
    return JsonText.response(
        Response.Status.OK, VolumeView.detail(volume, volumes.typeName(volume)));
  }
}
