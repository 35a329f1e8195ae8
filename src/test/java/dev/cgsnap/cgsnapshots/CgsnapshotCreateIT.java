package dev.cgsnap.cgsnapshots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgsnap.support.Api;
import dev.cgsnap.support.Deployments;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Black-box: {@code POST .../cgsnapshots} and {@code GET .../cgsnapshots/{id}} over HTTP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CgsnapshotCreateIT {

  private static final String CREATE = "/v3/{p}/cgsnapshots";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @Test
  void createAnswers202WithTheSixFieldsAndShowReturnsThem() {
    Api api = Api.newProject(base);
    String group = api.groupWithVolumes(2);

    Api.Reply created =
        api.post(
                "/v2/{p}/cgsnapshots",
                "{\"cgsnapshot\": {\"consistencygroup_id\": \""
                    + group
                    + "\", \"name\": \"  nightly  \", \"description\": \"first\"}}")
            .expect(202);

    JsonObject snapshot = created.json().getJsonObject("cgsnapshot");
    assertEquals(
        java.util.List.of(
            "id", "consistencygroup_id", "status", "created_at", "name", "description"),
        java.util.List.copyOf(snapshot.keySet()));
    assertEquals("nightly", snapshot.getString("name"));
    assertEquals(group, snapshot.getString("consistencygroup_id"));
    assertTrue(
        snapshot
            .getString("created_at")
            .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}"),
        snapshot.getString("created_at"));
    assertTrue(created.header("x-openstack-request-id").matches("req-[0-9a-f-]{36}"));
    JsonObject shown =
        api.get("/v3/{p}/cgsnapshots/" + snapshot.getString("id"))
            .expect(200)
            .json()
            .getJsonObject("cgsnapshot");
    assertEquals(snapshot.getString("id"), shown.getString("id"));
    assertEquals("first", shown.getString("description"));
    assertEquals(6, shown.size());
  }

  @Test
  void createWorksWithoutProjectInUrlAndWithNullNames() {
    Api api = Api.newProject(base);
    String group = api.groupWithVolumes(1);

    JsonObject snapshot =
        api.post(
                "/v3/cgsnapshots",
                "{\"cgsnapshot\": {\"consistencygroup_id\": \""
                    + group
                    + "\", \"name\": null, \"description\": null, \"user_id\": \"x\","
                    + " \"project_id\": \"y\", \"status\": \"available\", \"id\": \"z\"},"
                    + " \"extra\": 1}")
            .expect(202)
            .json()
            .getJsonObject("cgsnapshot");

    assertTrue(snapshot.isNull("name"));
    assertEquals("creating", snapshot.getString("status"));
    assertEquals(36, snapshot.getString("id").length());
    api.get("/v3/" + api.project() + "/cgsnapshots/" + snapshot.getString("id")).expect(200);
  }

  @Test
  void bodyShapeErrorsMatchCinder() {
    Api api = Api.newProject(base);
    String generic =
        "The server could not comply with the request since it is either malformed or otherwise"
            + " incorrect.";
    String missing = "Missing required element 'cgsnapshot' in request body.";

    api.post(CREATE, "").expectFault(400, "badRequest", generic);
    api.post(CREATE, "\"cgsnapshot\"").expectFault(400, "badRequest", generic);
    api.post(CREATE, "not json").expectFault(400, "badRequest", "Malformed request body");
    api.post(CREATE, "{\"cgsnapshot\": {").expectFault(400, "badRequest", "Malformed request body");
    api.post(CREATE, "[]").expectFault(400, "badRequest", missing);
    api.post(CREATE, "{}").expectFault(400, "badRequest", missing);
    api.post(CREATE, "{\"cgsnapshot\": null}").expectFault(400, "badRequest", missing);
    api.post(CREATE, "{\"cgsnapshot\": \"x\"}").expectFault(400, "badRequest", missing);
    api.post(CREATE, "{\"cgsnapshot\": {}}")
        .expectFault(400, "badRequest", "'consistencygroup_id' must be specified");
    api.send(api.request(CREATE).POST(HttpRequest.BodyPublishers.ofString("{\"cgsnapshot\": {}}")))
        .expectFault(400, "badRequest", generic);
    api.send(
            api.request(CREATE, "Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}")))
        .expectFault(415, "badMediaType", "Unsupported Content-Type");
  }

  @Test
  void nameAndDescriptionAreCheckedBeforeTheGroup() {
    Api api = Api.newProject(base);
    String n256 = "n".repeat(256);

    api.post(CREATE, "{\"cgsnapshot\": {\"name\": \"" + n256 + "\"}}")
        .expectFault(
            400, "badRequest", "Invalid input received: name has 256 characters, more than 255.");
    api.post(
            CREATE,
            "{\"cgsnapshot\": {\"consistencygroup_id\": \"x\", \"description\": \"" + n256 + "\"}}")
        .expectFault(
            400,
            "badRequest",
            "Invalid input received: description has 256 characters, more than 255.");
    api.post(CREATE, "{\"cgsnapshot\": {\"consistencygroup_id\": \"x\", \"name\": 5}}")
        .expectFault(400, "badRequest", "Invalid input received: name is not a string or unicode");
    api.post(CREATE, "{\"cgsnapshot\": {\"consistencygroup_id\": \"x\", \"name\": {}}}")
        .expectFault(400, "badRequest", "Invalid input received: name is not a string or unicode");
    String group = api.groupWithVolumes(1);
    String n255 = "n".repeat(255);
    assertEquals(
        n255,
        api.post(
                CREATE,
                "{\"cgsnapshot\": {\"consistencygroup_id\": \""
                    + group
                    + "\", \"name\": \""
                    + n255
                    + "\"}}")
            .expect(202)
            .json()
            .getJsonObject("cgsnapshot")
            .getString("name"));
  }

  @Test
  void textThatNoDatabaseStoresFaithfullyIsRefused() {
    Api api = Api.newProject(base);
    String group = api.groupWithVolumes(1);
    String unstorable =
        "Invalid input received: name contains a NUL character or an unpaired surrogate";

    api.post(
            CREATE,
            "{\"cgsnapshot\": {\"consistencygroup_id\": \""
                + group
                + "\", \"name\": \"a\\u0000b\"}}")
        .expectFault(400, "badRequest", unstorable);
    api.post(
            CREATE,
            "{\"cgsnapshot\": {\"consistencygroup_id\": \"" + group + "\", \"name\": \"\\udc00\"}}")
        .expectFault(400, "badRequest", unstorable);
    String emoji = "\uD83D\uDE00".repeat(255);
    assertEquals(
        emoji,
        api.post(
                CREATE,
                "{\"cgsnapshot\": {\"consistencygroup_id\": \""
                    + group
                    + "\", \"name\": \""
                    + emoji
                    + "\"}}")
            .expect(202)
            .json()
            .getJsonObject("cgsnapshot")
            .getString("name"));
  }

  @Test
  void deeplyNestedBodiesAreMalformedNotServerErrors() {
    Api api = Api.newProject(base);
    String deep = "[".repeat(1000) + "]".repeat(1000);

    api.post(CREATE, "{\"cgsnapshot\": {\"consistencygroup_id\": \"x\", \"d\": " + deep + "}}")
        .expectFault(400, "badRequest", "Malformed request body");
  }

  @Test
  void unknownGroupsAreNotFoundWhateverTheIdLooksLike() {
    Api api = Api.newProject(base);

    api.post(CREATE, "{\"cgsnapshot\": {\"consistencygroup_id\": null}}")
        .expectFault(404, "itemNotFound", "Group None could not be found.");
    api.post(CREATE, "{\"cgsnapshot\": {\"consistencygroup_id\": \"not-a-uuid\"}}")
        .expectFault(404, "itemNotFound", "Group not-a-uuid could not be found.");
    api.post(CREATE, "{\"cgsnapshot\": {\"consistencygroup_id\": 42}}")
        .expectFault(404, "itemNotFound", "Group 42 could not be found.");
    api.post(CREATE, "{\"cgsnapshot\": {\"consistencygroup_id\": \"\"}}")
        .expectFault(404, "itemNotFound", "Group  could not be found.");
    String other = api.otherProject().groupWithVolumes(1);
    api.post(CREATE, "{\"cgsnapshot\": {\"consistencygroup_id\": \"" + other + "\"}}")
        .expectFault(404, "itemNotFound", "Group " + other + " could not be found.");
  }

  @Test
  void emptyGroupsAreRefused() {
    Api api = Api.newProject(base);
    String empty = api.groupWithVolumes(0);

    api.post(CREATE, "{\"cgsnapshot\": {\"consistencygroup_id\": \"" + empty + "\"}}")
        .expectFault(
            400,
            "badRequest",
            "Invalid Group: Source group cannot be empty or in 'creating' or 'updating' state."
                + " No group snapshot will be created.");
  }

  @Test
  void showOfUnknownOrForeignSnapshotIsNotFound() {
    Api api = Api.newProject(base);
    String mine = api.cgsnapshot(api.groupWithVolumes(1), "mine");

    api.get("/v3/{p}/cgsnapshots/00000000-0000-4000-8000-000000000000")
        .expectFault(
            404,
            "itemNotFound",
            "GroupSnapshot 00000000-0000-4000-8000-000000000000 could not be found.");
    api.get("/v3/{p}/cgsnapshots/not-a-uuid")
        .expectFault(404, "itemNotFound", "GroupSnapshot not-a-uuid could not be found.");
    Api stranger = api.otherProject();
    stranger
        .get("/v3/{p}/cgsnapshots/" + mine)
        .expectFault(404, "itemNotFound", "GroupSnapshot " + mine + " could not be found.");
  }

  @Test
  void tokensAndProjectsAreChecked() {
    Api api = Api.newProject(base);

    Api.Reply noToken =
        api.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(api.url("/v3/{p}/cgsnapshots/x")))
                .GET());
    noToken.expect(401);
    assertTrue(noToken.json().containsKey("unauthorized"));
    api.send(
            api.request("/v3/cgsnapshots/x")
                .setHeader("X-Auth-Token", "u:" + "p".repeat(256))
                .GET())
        .expect(401);
    api.get("/v3/" + api.otherProject().project() + "/cgsnapshots/x")
        .expectFault(400, "badRequest", "Malformed request url");
  }

  @Test
  void noRequestInheritsWhatTheFiltersLearnedOfAnEarlierOne() {
    Api api = Api.newProject(base);
    String id = api.cgsnapshot(api.groupWithVolumes(1), "mine");
    java.net.http.HttpRequest.Builder anonymous =
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(api.url("/v3/{p}/cgsnapshots/" + id)))
            .GET();

    // The server's threads serve these in turn. A refused request never gets as far as
    // negotiating a version, so a version header on it would be one a thread kept from before.
    for (int i = 0; i < 40; i++) {
      Api.Reply shown =
          api.get("/v3/{p}/cgsnapshots/" + id, "OpenStack-API-Version", "volume 3.14").expect(200);
      assertEquals("volume 3.14", shown.header("OpenStack-API-Version"));
      Api.Reply refused = api.send(anonymous).expect(401);
      assertNull(refused.header("OpenStack-API-Version"));
    }
  }

  @Test
  void unknownRoutesAndMethodsGetTheEnvelope() {
    Api api = Api.newProject(base);

    api.get("/v3/{p}/nothing-here")
        .expectFault(404, "itemNotFound", "The resource could not be found.");
    api.get("/nothing/at/all").expectFault(404, "itemNotFound", "The resource could not be found.");
    Api.Reply wrongMethod =
        api.send(
            api.request("/v3/{p}/cgsnapshots/x")
                .PUT(HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json"));
    wrongMethod.expect(405);
    assertTrue(wrongMethod.json().containsKey("badMethod"));
    assertNull(api.get("/v2/{p}/nothing").header("OpenStack-API-Version"));
  }
}
