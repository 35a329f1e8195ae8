package dev.cgsnap.consistencygroups;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cgsnap.support.Api;
import dev.cgsnap.support.Deployments;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Black-box: consistency group and volume delete, and the admin status resets of both. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GroupAndVolumeDeleteIT {

  private static final String VOLUME_REFUSED =
      "Invalid volume: Volume status must be available or error or error_restoring or"
          + " error_extending or error_managing and must not be migrating, attached, belong to a"
          + " group, have snapshots or be disassociated from snapshots after volume transfer.";
  private static final String UNKNOWN = "00000000-0000-4000-8000-000000000000";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private static Api.Reply deleteGroup(Api api, String group, String force) {
    return api.post(
        "/v3/{p}/consistencygroups/" + group + "/delete",
        "{\"consistencygroup\": {\"force\": " + force + "}}");
  }

  private static String standaloneVolume(Api api) {
    return api.post("/v3/{p}/volumes", "{\"volume\": {\"size\": 1, \"name\": \"solo\"}}")
        .expect(202)
        .json()
        .getJsonObject("volume")
        .getString("id");
  }

  @Test
  void groupWithSnapshotsCannotBeDeletedEvenByForce() {
    Api api = Api.newProject(base);
    String group = api.groupWithVolumes(1);
    String snapshot = api.cgsnapshot(group, "s");

    deleteGroup(api, group, "false")
        .expectFault(400, "badRequest", "Invalid Group: Group has existing snapshots.");
    deleteGroup(api, group, "true")
        .expectFault(400, "badRequest", "Invalid Group: Group has existing snapshots.");

    api.awaitCgsnapshot(snapshot, "available");
    api.delete("/v3/{p}/cgsnapshots/" + snapshot).expect(202);
    api.awaitCgsnapshot(snapshot, "deleted");
    deleteGroup(api, group, "true").expect(202);
  }

  @Test
  void groupWithVolumesNeedsForceAndTakesThemAlong() {
    Api api = Api.newProject(base);
    String group = api.groupWithVolumes(0);
    String volume = api.volume(group);

    deleteGroup(api, group, "false")
        .expectFault(
            400,
            "badRequest",
            "Invalid Group: Group cg still contains volumes. The delete-volumes flag is required"
                + " to delete it.");
    deleteGroup(api, group, "\"maybe\"")
        .expectFault(400, "badRequest", "Invalid value 'maybe' for force.");
    api.post("/v3/{p}/consistencygroups/" + group + "/delete", "{}")
        .expectFault(
            400, "badRequest", "Missing required element 'consistencygroup' in request body.");

    assertEquals("", deleteGroup(api, group, "true").expect(202).body());

    api.get("/v3/{p}/consistencygroups/" + group)
        .expectFault(404, "itemNotFound", "Group " + group + " could not be found.");
    api.get("/v3/{p}/volumes/" + volume)
        .expectFault(404, "itemNotFound", "Volume " + volume + " could not be found.");
    deleteGroup(api, UNKNOWN, "true")
        .expectFault(404, "itemNotFound", "Group " + UNKNOWN + " could not be found.");
  }

  @Test
  void volumeInAGroupCannotBeDeletedOnItsOwn() {
    Api api = Api.newProject(base);
    String group = api.groupWithVolumes(0);
    String volume = api.volume(group);

    api.delete("/v3/{p}/volumes/" + volume).expectFault(400, "badRequest", VOLUME_REFUSED);
    api.delete("/v3/{p}/volumes/" + UNKNOWN)
        .expectFault(404, "itemNotFound", "Volume " + UNKNOWN + " could not be found.");
  }

  @Test
  void standaloneVolumeIsDeletedOnlyFromASettledStatus() {
    Api api = Api.newProject(base);
    String volume = standaloneVolume(api);
    resetVolume(api, volume, "in-use").expect(202);

    api.delete("/v3/{p}/volumes/" + volume).expectFault(400, "badRequest", VOLUME_REFUSED);

    resetVolume(api, volume, "error").expect(202);
    api.delete("/v3/{p}/volumes/" + volume).expect(202);
    api.get("/v3/{p}/volumes/" + volume).expect(404);
  }

  @Test
  void volumeStatusResetIsForAdminsAndKnownStatuses() {
    Api api = Api.newProject(base);
    String volume = standaloneVolume(api);

    resetVolume(api, volume, "maintenance").expect(202);
    assertEquals(
        "maintenance",
        api.get("/v3/{p}/volumes/" + volume).json().getJsonObject("volume").getString("status"));
    resetVolume(api, volume, "bogus")
        .expectFault(
            400,
            "badRequest",
            "Invalid input for field/attribute status. Value: bogus. 'bogus' is not a"
                + " 'volume_status'");
    resetVolume(api.asUser("someone"), volume, "available")
        .expectFault(
            403,
            "forbidden",
            "Policy doesn't allow volume_extension:volume_admin_actions:reset_status to be"
                + " performed.");
    api.post("/v3/{p}/volumes/" + volume + "/action", "{\"os-extend\": {\"new_size\": 2}}")
        .expectFault(400, "badRequest", "There is no such action: os-extend");
  }

  @Test
  void groupStatusResetIsForAdminsFromMicroversion320() {
    Api api = Api.newProject(base);
    String group = api.groupWithVolumes(0);
    String action = "/v3/{p}/groups/" + group + "/action";
    String body = "{\"reset_status\": {\"status\": \"error\"}}";

    api.post(action, body, "OpenStack-API-Version", "volume 3.20").expect(202);

    assertEquals(
        "error",
        api.get("/v3/{p}/consistencygroups/" + group)
            .json()
            .getJsonObject("consistencygroup")
            .getString("status"));
    api.post(action, body, "OpenStack-API-Version", "volume 3.19")
        .expectFault(404, "itemNotFound", "The resource could not be found.");
    api.asUser("someone")
        .post(action, body, "OpenStack-API-Version", "volume 3.20")
        .expectFault(403, "forbidden", "Policy doesn't allow group:reset_status to be performed.");
    api.post(
            action,
            "{\"reset_status\": {\"status\": \"bogus\"}}",
            "OpenStack-API-Version",
            "volume 3.20")
        .expectFault(
            400,
            "badRequest",
            "Invalid Group Status: Group status: bogus is invalid, valid statuses are: ('error',"
                + " 'available', 'creating', 'deleting', 'deleted', 'updating', 'in-use',"
                + " 'error_deleting').");
  }

  private static Api.Reply resetVolume(Api api, String volume, String status) {
    return api.post(
        "/v3/{p}/volumes/" + volume + "/action",
        "{\"os-reset_status\": {\"status\": \"" + status + "\"}}");
  }
}
