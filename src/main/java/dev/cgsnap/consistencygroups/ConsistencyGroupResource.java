package dev.cgsnap.consistencygroups;

import dev.cgsnap.api.JsonText;
import dev.cgsnap.api.RequestState;
import dev.cgsnap.api.Validation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** {@code /v2|v3/{project_id}/consistencygroups}. */
@ApplicationScoped
@Path("{api: v[23]}/{project_id}/consistencygroups")
public class ConsistencyGroupResource {

  @Inject ConsistencyGroupService groups;
  @Inject RequestState state;
  @Inject Validation validation;

  @POST
  @Consumes({MediaType.APPLICATION_JSON, JsonText.OPENSTACK_JSON})
  public Response create(JsonValue body) {
    CreateGroupRequest request = validation.valid(CreateGroupRequest.from(body));
    ConsistencyGroup group = groups.create(state.caller(), request);
    return JsonText.response(Response.Status.ACCEPTED, GroupView.created(group));
  }

  @GET
  public Response list() {
    return JsonText.response(
        Response.Status.OK, GroupView.list(groups.list(state.caller()), false));
  }

  @GET
  @Path("detail")
  public Response detail() {
    return JsonText.response(Response.Status.OK, GroupView.list(groups.list(state.caller()), true));
  }

  /** Cinder deletes a consistency group by POST, with {@code force} in the body. */
  @POST
  @Path("{id}/delete")
  @Consumes({MediaType.APPLICATION_JSON, JsonText.OPENSTACK_JSON})
  public Response delete(@PathParam("id") String id, JsonValue body) {
    DeleteGroupRequest request = DeleteGroupRequest.from(body);
    groups.delete(state.caller(), id, request.force());
    return Response.accepted().build();
  }

  @GET
  @Path("{id}")
  public Response show(@PathParam("id") String id) {
    ConsistencyGroup group = groups.get(state.caller(), id);
    return JsonText.response(
        Response.Status.OK, Map.of("consistencygroup", GroupView.detail(group)));
  }
}
