package dev.cgsnap.cgsnapshots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgsnap.support.Api;
import dev.cgsnap.support.Deployments;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Black-box: list, detail, delete, quota, the worker and the group snapshot status reset. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CgsnapshotLifecycleIT {

  private static final String LIST = "/v3/{p}/cgsnapshots";
  private static final String NOT_DELETABLE =
      "Invalid GroupSnapshot: GroupSnapshot status must be available or error, and no Group can"
          + " be currently using it as source for its creation.";
  private static final String MV_319 = "volume 3.19";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  /** Creates {@code count} snapshots of a one-volume group; returns their ids, oldest first. */
  private static List<String> snapshots(Api api, int count) {
    String group = api.groupWithVolumes(1);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(api.cgsnapshot(group, "snap-" + i));
    }
    return ids;
  }

  private static List<String> ids(Api.Reply reply) {
    return reply.json().getJsonArray("cgsnapshots").getValuesAs(JsonObject.class).stream()
        .map(s -> s.getString("id"))
        .toList();
  }

  private static List<String> newestFirst(List<String> ids) {
    return new ArrayList<>(ids).reversed();
  }

  @Test
  void listShowsOnlyTheCallersProjectNewestFirst() {
    Api api = Api.newProject(base);
    List<String> mine = snapshots(api, 3);
    snapshots(api.otherProject(), 1);

    Api.Reply summary = api.get(LIST).expect(200);
    Api.Reply detail = api.get(LIST + "/detail").expect(200);

    assertEquals(newestFirst(mine), ids(summary));
    JsonObject first = summary.json().getJsonArray("cgsnapshots").getJsonObject(0);
    assertEquals(List.of("id", "name"), List.copyOf(first.keySet()));
    assertEquals("snap-2", first.getString("name"));
    assertFalse(summary.json().containsKey("cgsnapshots_links"));
    assertEquals(newestFirst(mine), ids(detail));
    assertEquals(
        List.of("id", "consistencygroup_id", "status", "created_at", "name", "description"),
        List.copyOf(detail.json().getJsonArray("cgsnapshots").getJsonObject(0).keySet()));
    assertEquals("{\"cgsnapshots\": []}", api.otherProject().get(LIST).expect(200).body());
  }

  @Test
  void listChecksLimitAndOffsetWithCindersMessages() {
    Api api = Api.newProject(base);
    List<String> mine = snapshots(api, 3);

    api.get(LIST + "?limit=-1").expectFault(400, "badRequest", "limit param must be positive");
    api.get(LIST + "?limit=abc").expectFault(400, "badRequest", "limit param must be an integer");
    api.get(LIST + "?offset=-1").expectFault(400, "badRequest", "offset must be >= 0");
    api.get(LIST + "?offset=abc").expectFault(400, "badRequest", "offset must be an integer");
    api.get(LIST + "?offset=2147483648")
        .expectFault(400, "badRequest", "offset must be <= 2147483647");
    assertEquals(List.of(), ids(api.get(LIST + "?offset=100000").expect(200)));
    assertEquals(newestFirst(mine), ids(api.get(LIST + "?limit=0").expect(200)));
    assertEquals(newestFirst(mine), ids(api.get(LIST + "?limit=5000").expect(200)));
    assertEquals(
        newestFirst(mine).subList(1, 3), ids(api.get(LIST + "/detail?offset=1").expect(200)));
  }

  @Test
  void fullPagesLinkToTheNextPageByMarker() {
    Api api = Api.newProject(base);
    List<String> expected = newestFirst(snapshots(api, 5));

    Api.Reply first = api.get(LIST + "?limit=2").expect(200);
    assertEquals(expected.subList(0, 2), ids(first));
    JsonArray links = first.json().getJsonArray("cgsnapshots_links");
    assertEquals("next", links.getJsonObject(0).getString("rel"));
    String href = links.getJsonObject(0).getString("href");
    assertTrue(href.startsWith(api.url(LIST) + "?"), href);
    assertTrue(href.contains("marker=" + expected.get(1)), href);
    assertTrue(href.contains("limit=2"), href);

    Api.Reply second =
        api.send(HttpRequest.newBuilder(URI.create(href)).header("X-Auth-Token", api.token()));
    assertEquals(expected.subList(2, 4), ids(second.expect(200)));
    Api.Reply last = api.get(LIST + "/detail?limit=2&marker=" + expected.get(3)).expect(200);
    assertEquals(expected.subList(4, 5), ids(last));
    assertFalse(last.json().containsKey("cgsnapshots_links"));
    assertEquals(expected.subList(3, 5), ids(api.get(LIST + "?limit=2&offset=3").expect(200)));
  }

  @Test
  void markerMustBeOneOfTheCallersLiveSnapshots() {
    Api api = Api.newProject(base);
    snapshots(api, 1);
    String foreign = snapshots(api.otherProject(), 1).getFirst();
    String unknown = "00000000-0000-4000-8000-000000000000";

    api.get(LIST + "?marker=" + unknown)
        .expectFault(400, "badRequest", "Marker " + unknown + " could not be found.");
    api.get(LIST + "?marker=" + foreign)
        .expectFault(400, "badRequest", "Marker " + foreign + " could not be found.");
  }

  @Test
  void listSortsAndFilters() {
    Api api = Api.newProject(base);
    String group = api.groupWithVolumes(1);
    String b = api.cgsnapshot(group, "b");
    String a = api.cgsnapshot(group, "a");
    String c = api.cgsnapshot(group, "c");
    String other = api.cgsnapshot(api.groupWithVolumes(1), "a");

    assertEquals(List.of(a, other, b, c), ids(api.get(LIST + "?sort=name:asc")));
    assertEquals(List.of(c, b, other, a), ids(api.get(LIST + "?sort_key=name&sort_dir=desc")));
    assertEquals(List.of(b, a, c, other), ids(api.get(LIST + "?sort=created_at:asc,id:asc")));
    assertEquals(List.of(other, b), ids(api.get(LIST + "?sort=name:asc&limit=2&marker=" + a)));
    assertEquals(List.of(other, a), ids(api.get(LIST + "?name=a")));
    assertEquals(List.of(c, a, b), ids(api.get(LIST + "?consistencygroup_id=" + group)));
    assertEquals(List.of(), ids(api.get(LIST + "?status=error")));
    api.get(LIST + "?sort=nosuchkey:asc")
        .expectFault(400, "badRequest", "Invalid input received: Invalid sort key nosuchkey.");
    api.get(LIST + "?sort=name:sideways")
        .expectFault(
            400,
            "badRequest",
            "Invalid input received: Unknown sort direction, must be 'desc' or 'asc'");
  }

  @Test
  void allTenantsListsEveryProjectForAdminsOnly() {
    Api api = Api.newProject(base);
    String mine = snapshots(api, 1).getFirst();
    String foreign = snapshots(api.otherProject(), 1).getFirst();

    List<String> all = ids(api.get(LIST + "/detail?all_tenants=1"));
    List<String> asMember = ids(api.asUser("someone").get(LIST + "?all_tenants=1"));

    assertTrue(all.contains(mine) && all.contains(foreign), all.toString());
    assertEquals(List.of(mine), asMember);
  }

  @Test
  void snapshotBecomesAvailableAndDeleteRemovesIt() {
    Api api = Api.newProject(base);
    String id = snapshots(api, 1).getFirst();
    api.awaitCgsnapshot(id, "available");

    Api.Reply deleted = api.delete(LIST + "/" + id).expect(202);

    assertEquals("", deleted.body());
    api.awaitCgsnapshot(id, "deleted");
    api.get(LIST + "/" + id)
        .expectFault(404, "itemNotFound", "GroupSnapshot " + id + " could not be found.");
    assertEquals(List.of(), ids(api.get(LIST)));
    api.delete(LIST + "/" + id)
        .expectFault(404, "itemNotFound", "GroupSnapshot " + id + " could not be found.");
  }

  @Test
  void deleteIsRefusedUnlessAvailableOrError() {
    Api api = Api.newProject(base);
    String id = snapshots(api, 1).getFirst();
    api.awaitCgsnapshot(id, "available");
    resetStatus(api, id, "error_deleting").expect(202);

    api.delete(LIST + "/" + id).expectFault(400, "badRequest", NOT_DELETABLE);

    resetStatus(api, id, "error").expect(202);
    api.delete(LIST + "/" + id).expect(202);
    api.awaitCgsnapshot(id, "deleted");
  }

  @Test
  void quotaRefusesTheEleventhMemberSnapshotAndDeleteGivesItBack() {
    Api api = Api.newProject(base);
    String group = api.groupWithVolumes(4);
    String first = api.cgsnapshot(group, "one");
    api.cgsnapshot(group, "two");

    Api.Reply refused =
        api.post(LIST, "{\"cgsnapshot\": {\"consistencygroup_id\": \"" + group + "\"}}");

    refused.expectFault(
        413,
        "overLimit",
        "SnapshotLimitExceeded: Maximum number of snapshots allowed (10) exceeded");
    assertEquals("0", refused.json().getJsonObject("overLimit").getString("retryAfter"));
    assertEquals("0", refused.header("Retry-After"));
    assertEquals(2, ids(api.get(LIST)).size());
    api.awaitCgsnapshot(first, "available");
    api.delete(LIST + "/" + first).expect(202);
    api.awaitCgsnapshot(first, "deleted");
    api.cgsnapshot(group, "three");
  }

  @Test
  void groupSnapshotStatusResetIsForAdminsFromMicroversion319() {
    Api api = Api.newProject(base);
    String id = snapshots(api, 1).getFirst();
    api.awaitCgsnapshot(id, "available");
    String action = "/v3/{p}/group_snapshots/" + id + "/action";

    resetStatus(api, id, "ERROR").expect(202);
    api.awaitCgsnapshot(id, "error");
    resetStatus(api, id, "bogus")
        .expectFault(
            400,
            "badRequest",
            "Invalid GroupSnapshot Status: Group snapshot status: bogus is invalid, valid statuses"
                + " are: ('error', 'available', 'creating', 'deleting', 'deleted', 'updating',"
                + " 'error_deleting').");
    api.post(action, "{\"reset_status\": {}}", "OpenStack-API-Version", MV_319)
        .expectFault(400, "badRequest", "Must specify 'status'");
    api.asUser("someone")
        .post(
            action,
            "{\"reset_status\": {\"status\": \"available\"}}",
            "OpenStack-API-Version",
            MV_319)
        .expectFault(
            403,
            "forbidden",
            "Policy doesn't allow group:reset_group_snapshot_status to be performed.");
    api.post(action, "{\"reset_status\": {\"status\": \"available\"}}")
        .expectFault(404, "itemNotFound", "The resource could not be found.");
    String unknown = "00000000-0000-4000-8000-000000000000";
    api.post(
            "/v3/{p}/group_snapshots/" + unknown + "/action",
            "{\"reset_status\": {\"status\": \"available\"}}",
            "OpenStack-API-Version",
            MV_319)
        .expectFault(404, "itemNotFound", "GroupSnapshot " + unknown + " could not be found.");
  }

  @Test
  void resetToCreatingHandsTheSnapshotBackToTheWorker() {
    Api api = Api.newProject(base);
    String id = snapshots(api, 1).getFirst();
    api.awaitCgsnapshot(id, "available");

    resetStatus(api, id, "creating").expect(202);

    api.awaitCgsnapshot(id, "available");
    JsonObject shown = api.get(LIST + "/" + id).json().getJsonObject("cgsnapshot");
    assertEquals("snap-0", shown.getString("name"));
  }

  private static Api.Reply resetStatus(Api api, String id, String status) {
    return api.post(
        "/v3/{p}/group_snapshots/" + id + "/action",
        "{\"reset_status\": {\"status\": \"" + status + "\"}}",
        "OpenStack-API-Version",
        MV_319);
  }
}
