package dev.cgsnap.types;

import dev.cgsnap.api.BadRequestException;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/** {@code /v2|v3/{project_id}/types}: list, show and (administrators only) create. */
@ApplicationScoped
@Path("{api: v[23]}/{project_id}/types")
public class TypeResource {

  @Inject VolumeTypeService types;
  @Inject RequestState state;
  @Inject Validation validation;

  @GET
  public Response list(@QueryParam("is_public") String isPublic) {
    return JsonText.response(
        Response.Status.OK, TypeView.list(types.list(state.caller(), publicFilter(isPublic))));
  }

  @GET
  @Path("{id}")
  public Response show(@PathParam("id") String id) {
    return JsonText.response(Response.Status.OK, TypeView.single(types.show(state.caller(), id)));
  }

  /** Cinder answers a type create with 200, not 202. */
  @POST
  @Consumes({MediaType.APPLICATION_JSON, JsonText.OPENSTACK_JSON})
  public Response create(JsonValue body) {
    CreateTypeRequest request = validation.valid(CreateTypeRequest.from(body));
    VolumeType type =
        types.create(
            state.caller(), request.nameText(), request.descriptionText(), request.publicFlag());
    return JsonText.response(Response.Status.OK, TypeView.single(type));
  }

  /** Cinder's {@code is_public} query: absent means public only, {@code none} means all. */
  private static Boolean publicFilter(String value) {
    if (value == null) {
      return Boolean.TRUE;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "none" -> null;
      case "1", "t", "true", "on", "y", "yes" -> Boolean.TRUE;
      case "0", "f", "false", "off", "n", "no" -> Boolean.FALSE;
      default -> throw new BadRequestException("Invalid is_public filter [" + value + "]");
    };
  }
}
