package dev.cgsnap.volumes;

import dev.cgsnap.api.BadRequestException;
import dev.cgsnap.api.JsonText;
import dev.cgsnap.api.RequestState;
import dev.cgsnap.api.StatusReset;
import dev.cgsnap.api.Validation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** {@code /v2|v3/{project_id}/volumes}. */
@ApplicationScoped
@Path("{api: v[23]}/{project_id}/volumes")
public class VolumeResource {

  @Inject VolumeService volumes;
  @Inject RequestState state;
  @Inject Validation validation;

  /** The statuses an admin may set, as Cinder's volume status format lists them. */
  static final List<String> STATUSES =
      List.of(
          "available",
          "error",
          "creating",
          "deleting",
          "in-use",
          "attaching",
          "detaching",
          "error_deleting",
          "maintenance",
          "reserved",
          "error_extending",
          "error_restoring",
          "error_managing",
          "managing");

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

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    volumes.delete(state.caller(), id);
    return Response.accepted().build();
  }

  /** Only the admin action {@code os-reset_status} is served. */
  @POST
  @Path("{id}/action")
  @Consumes({MediaType.APPLICATION_JSON, JsonText.OPENSTACK_JSON})
  public Response act(@PathParam("id") String id, JsonValue body) {
    if (body instanceof JsonObject object
        && !object.isEmpty()
        && !object.containsKey("os-reset_status")) {
      throw new BadRequestException(
          "There is no such action: " + object.keySet().iterator().next());
    }
    String status = StatusReset.status(body, "os-reset_status");
    if (!STATUSES.contains(status)) {
      throw new BadRequestException(
          "Invalid input for field/attribute status. Value: "
              + status
              + ". '"
              + status
              + "' is not a 'volume_status'");
    }
    volumes.resetStatus(state.caller(), id, status);
    return Response.accepted().build();
  }
}
