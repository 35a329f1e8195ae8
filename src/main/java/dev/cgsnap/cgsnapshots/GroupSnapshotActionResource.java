package dev.cgsnap.cgsnapshots;

import dev.cgsnap.api.JsonText;
import dev.cgsnap.api.RequestState;
import dev.cgsnap.api.StatusReset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * {@code POST /v3/{project_id}/group_snapshots/{id}/action} with {@code reset_status} (3.19+): the
 * admin's way out for a cgsnapshot stuck in a status that allows no delete.
 */
@ApplicationScoped
@Path("{api: v3}/{project_id}/group_snapshots")
public class GroupSnapshotActionResource {

  static final List<String> STATUSES =
      List.of(
          "error", "available", "creating", "deleting", "deleted", "updating", "error_deleting");

  @Inject CgsnapshotService cgsnapshots;
  @Inject RequestState state;

  @POST
  @Path("{id}/action")
  @Consumes({MediaType.APPLICATION_JSON, JsonText.OPENSTACK_JSON})
  public Response act(@PathParam("id") String id, JsonValue body) {
    StatusReset.requireVersion(state, 3, 19);
    String status =
        StatusReset.status(body, "reset_status", STATUSES, "GroupSnapshot", "Group snapshot");
    cgsnapshots.resetStatus(state.caller(), id, status);
    return Response.accepted().build();
  }
}
