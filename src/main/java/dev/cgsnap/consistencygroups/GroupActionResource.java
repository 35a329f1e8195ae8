package dev.cgsnap.consistencygroups;

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
 * {@code POST /v3/{project_id}/groups/{id}/action} with {@code reset_status} (3.20+). Consistency
 * groups are groups, so the generic API reaches them too.
 */
@ApplicationScoped
@Path("{api: v3}/{project_id}/groups")
public class GroupActionResource {

  static final List<String> STATUSES =
      List.of(
          "error",
          "available",
          "creating",
          "deleting",
          "deleted",
          "updating",
          "in-use",
          "error_deleting");

  @Inject ConsistencyGroupService groups;
  @Inject RequestState state;

  @POST
  @Path("{id}/action")
  @Consumes({MediaType.APPLICATION_JSON, JsonText.OPENSTACK_JSON})
  public Response act(@PathParam("id") String id, JsonValue body) {
    StatusReset.requireVersion(state, 3, 20);
    String status = StatusReset.status(body, "reset_status", STATUSES, "Group", "Group");
    groups.resetStatus(state.caller(), id, status);
    return Response.accepted().build();
  }
}
