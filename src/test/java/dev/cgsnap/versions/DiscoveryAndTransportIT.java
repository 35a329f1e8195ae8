package dev.cgsnap.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgsnap.support.Api;
import dev.cgsnap.support.Deployments;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Black-box: version discovery, microversion negotiation, request ids, content types and body
 * limits, and volume types, compared with what Cinder answers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DiscoveryAndTransportIT {

  private static final String GENERIC_400 =
      "The server could not comply with the request since it is either malformed or otherwise"
          + " incorrect.";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private String v3Entry() {
    return "{\"id\": \"v3.0\", \"status\": \"CURRENT\", \"version\": \"3.70\", \"min_version\":"
        + " \"3.0\", \"updated\": \"2022-08-31T00:00:00Z\", \"links\": [{\"rel\":"
        + " \"describedby\", \"type\": \"text/html\", \"href\": \"https://docs.openstack.org/\"},"
        + " {\"rel\": \"self\", \"href\": \""
        + root()
        + "v3/\"}], \"media-types\": [{\"base\":"
        + " \"application/json\", \"type\": \"application/vnd.openstack.volume+json;version=3\"}]}";
  }

  private String root() {
    String text = base.toString();
    return text.endsWith("/") ? text : text + "/";
  }

  private Api.Reply anonymous(String path, String... headers) {
    Api api = Api.newProject(base);
    HttpRequest.Builder request = HttpRequest.newBuilder(java.net.URI.create(api.url(path)));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return api.send(request.GET());
  }

  @Test
  void rootListsV3FirstThenV2WithMultipleChoices() {
    Api.Reply reply = anonymous("/").expect(300);

    assertTrue(
        reply.body().startsWith("{\"versions\": [" + v3Entry() + ", {\"id\": \"v2.0\""),
        reply.body());
    JsonObject v2 = reply.json().getJsonArray("versions").getJsonObject(1);
    assertEquals("DEPRECATED", v2.getString("status"));
    assertEquals(root() + "v2/", v2.getJsonArray("links").getJsonObject(1).getString("href"));
    assertEquals("application/json", reply.header("Content-Type"));
    assertEquals("volume 3.0", reply.header("OpenStack-API-Version"));
  }

  @Test
  void v3DocumentIsServedWithAndWithoutSlashAndWithoutToken() {
    for (String path : new String[] {"/v3/", "/v3"}) {
      Api.Reply reply = anonymous(path).expect(200);

      assertEquals("{\"versions\": [" + v3Entry() + "]}", reply.body());
      assertEquals("volume 3.0", reply.header("OpenStack-API-Version"));
      assertEquals("OpenStack-API-Version", reply.header("Vary"));
    }
  }

  @Test
  void v2DocumentIgnoresTheVersionHeader() {
    for (String path : new String[] {"/v2/", "/v2"}) {
      Api.Reply reply = anonymous(path, "OpenStack-API-Version", "volume 3.x").expect(200);

      JsonObject v2 = reply.json().getJsonArray("versions").getJsonObject(0);
      assertEquals("v2.0", v2.getString("id"));
      assertEquals(1, reply.json().getJsonArray("versions").size());
      assertNull(reply.header("OpenStack-API-Version"));
    }
  }

  @Test
  void malformedVersionIsRefusedWithoutVersionHeaders() {
    Api api = Api.newProject(base);

    Api.Reply reply =
        api.get("/v3/{p}/types", "OpenStack-API-Version", "volume 3.x")
            .expectFault(
                400,
                "badRequest",
                "API Version String 3.x is of invalid format."
                    + " Must be of format MajorNum.MinorNum.");

    assertNull(reply.header("OpenStack-API-Version"));
  }

  @Test
  void versionsOutsideTheRangeAreNotAcceptable() {
    Api api = Api.newProject(base);

    api.get("/v3/{p}/types", "OpenStack-API-Version", "volume 3.71")
        .expectFault(
            406,
            "computeFault",
            "Version 3.71 is not supported by the API. Minimum is 3.0 and maximum is 3.70.");
    api.get("/v3/{p}/types", "OpenStack-API-Version", "volume 2.0")
        .expectFault(
            406,
            "computeFault",
            "Version 2.0 is not supported by the API. Minimum is 3.0 and maximum is 3.70.");
  }

  @Test
  void latestAbsentAndExplicitVersionsAreEchoed() {
    Api api = Api.newProject(base);

    assertEquals(
        "volume 3.70",
        api.get("/v3/{p}/types", "OpenStack-API-Version", "volume latest")
            .expect(200)
            .header("OpenStack-API-Version"));
    assertEquals(
        "volume 3.0", api.get("/v3/{p}/types").expect(200).header("OpenStack-API-Version"));
    Api.Reply explicit =
        api.get("/v3/types", "OpenStack-API-Version", "compute 2.1, volume 3.14").expect(200);
    assertEquals("volume 3.14", explicit.header("OpenStack-API-Version"));
    assertEquals("OpenStack-API-Version", explicit.header("Vary"));
    assertNull(
        api.get("/v2/{p}/types", "OpenStack-API-Version", "volume 3.x")
            .expect(200)
            .header("OpenStack-API-Version"));
  }

  @Test
  void incomingRequestIdIsNotEchoed() {
    Api api = Api.newProject(base);
    String global = "req-" + UUID.randomUUID();

    Api.Reply reply = api.get("/v3/{p}/types", "X-OpenStack-Request-ID", global).expect(200);

    assertTrue(reply.header("x-openstack-request-id").matches("req-[0-9a-f-]{36}"));
    assertNotEquals(global, reply.header("x-openstack-request-id"));
    assertEquals(reply.header("x-openstack-request-id"), reply.header("x-compute-request-id"));
  }

  @Test
  void otherContentTypesAreUnsupported() {
    Api api = Api.newProject(base);

    api.send(
            api.request("/v3/{p}/types", "Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"volume_type\": {\"name\": \"x\"}}")))
        .expectFault(415, "badMediaType", "Unsupported Content-Type");
  }

  @Test
  void openstackMediaTypeIsAccepted() {
    Api api = Api.newProject(base);
    String name = "vnd-" + UUID.randomUUID();

    api.send(
            api.request(
                    "/v3/{p}/types",
                    "Content-Type",
                    "application/vnd.openstack.volume+json; charset=UTF-8")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"volume_type\": {\"name\": \"" + name + "\"}}")))
        .expect(200);
  }

  @Test
  void postWithoutBodyOrContentTypeGetsTheGenericText() {
    Api api = Api.newProject(base);

    api.send(api.request("/v3/{p}/types").POST(HttpRequest.BodyPublishers.noBody()))
        .expectFault(400, "badRequest", GENERIC_400);
    api.send(
            api.request("/v3/{p}/types")
                .POST(HttpRequest.BodyPublishers.ofString("{\"volume_type\": {\"name\": \"x\"}}")))
        .expectFault(400, "badRequest", GENERIC_400);
  }

  @Test
  void bodiesOverTheLimitAreRefusedByLengthAndWhenChunked() {
    Api api = Api.newProject(base);
    byte[] big = oversizedBody();

    String declared = rawPost(api, big, false);
    assertTrue(declared.startsWith("HTTP/1.1 413 "), declared);
    assertTrue(declared.contains("\r\nRetry-After: 0\r\n"), declared);
    assertTrue(
        declared.endsWith(
            "{\"overLimit\": {\"code\": 413, \"message\": \"Request is too large.\","
                + " \"retryAfter\": \"0\"}}"),
        declared);
    String chunked = rawPost(api, big, true);
    assertTrue(chunked.startsWith("HTTP/1.1 413 "), chunked);
    assertTrue(
        chunked.endsWith(
            "{\"overLimit\": {\"code\": 413, \"message\": \"Request is too large.\","
                + " \"retryAfter\": \"0\"}}"),
        chunked);
  }

  /**
   * Sends {@code body} (with a length, or in chunks) over a plain socket and returns the raw
   * response. The server answers and closes before reading the rest, which Java's HTTP client
   * reports as an error instead of returning the answer.
   */
  private String rawPost(Api api, byte[] body, boolean chunked) {
    java.net.URI uri = java.net.URI.create(api.url("/v3/{p}/types"));
    try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(60_000);
      java.io.OutputStream out = socket.getOutputStream();
      try {
        out.write(
            ("POST "
                    + uri.getRawPath()
                    + " HTTP/1.1\r\nHost: "
                    + uri.getHost()
                    + "\r\nX-Auth-Token: "
                    + api.token()
                    + "\r\nContent-Type: application/json\r\n"
                    + (chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + body.length)
                    + "\r\nConnection: close\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        if (!chunked) {
          out.write(body);
        }
        for (int offset = 0; chunked && offset < body.length; offset += 8192) {
          int length = Math.min(8192, body.length - offset);
          out.write(
              (Integer.toHexString(length) + "\r\n")
                  .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
          out.write(body, offset, length);
          out.write("\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        if (chunked) {
          out.write("0\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        out.flush();
      } catch (java.io.IOException closedEarly) {
        // The server may stop reading once the limit is passed; its answer is still there.
      }
      return new String(
          socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new AssertionError("raw request failed: " + e, e);
    }
  }

  /** Valid JSON, one byte over Cinder's 114688-byte limit. */
  private static byte[] oversizedBody() {
    String head = "{\"volume_type\": {\"name\": \"big\", \"description\": \"";
    String tail = "\"}}";
    return (head + "d".repeat(114_689 - head.length() - tail.length()) + tail)
        .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  @Test
  void typesListAndShowUseCinderShapes() {
    Api api = Api.newProject(base);

    JsonObject listed =
        api.get("/v3/{p}/types").expect(200).json().getJsonArray("volume_types").stream()
            .map(JsonObject.class::cast)
            .filter(type -> type.getString("name").equals("__DEFAULT__"))
            .findFirst()
            .orElseThrow();
    String id = listed.getString("id");
    String shown = api.get("/v3/types/" + id).expect(200).body();

    assertEquals(
        "{\"volume_type\": {\"id\": \""
            + id
            + "\", \"name\": \"__DEFAULT__\", \"is_public\":"
            + " true, \"description\": \"Default Volume Type\", \"extra_specs\": {},"
            + " \"qos_specs_id\": null, \"os-volume-type-access:is_public\": true}}",
        shown);
    assertEquals(
        id,
        api.get("/v3/{p}/types/default")
            .expect(200)
            .json()
            .getJsonObject("volume_type")
            .getString("id"));
  }

  @Test
  void showOfAnUnknownTypeIsNotFound() {
    Api api = Api.newProject(base);

    api.get("/v3/{p}/types/no-such-type")
        .expectFault(404, "itemNotFound", "Volume type no-such-type could not be found.");
  }

  @Test
  void adminCreatesATypeAndADuplicateNameConflicts() {
    Api api = Api.newProject(base);
    String name = "gold-" + UUID.randomUUID();
    String body =
        "{\"volume_type\": {\"name\": \""
            + name
            + "\", \"description\": \"fast\","
            + " \"os-volume-type-access:is_public\": false}}";

    JsonObject type =
        api.post("/v3/{p}/types", body).expect(200).json().getJsonObject("volume_type");
    assertEquals(name, type.getString("name"));
    assertEquals(false, type.getBoolean("is_public"));
    assertEquals(false, type.getBoolean("os-volume-type-access:is_public"));
    assertEquals("fast", type.getString("description"));
    assertTrue(type.getJsonObject("extra_specs").isEmpty());

    api.post("/v3/{p}/types", body)
        .expectFault(409, "conflictingRequest", "Volume Type " + name + " already exists.");
  }

  @Test
  void nonAdminsMayNotCreateTypes() {
    Api member = Api.newProject(base).asUser("member");

    member
        .post("/v3/{p}/types", "{\"volume_type\": {\"name\": \"silver\"}}")
        .expectFault(
            403, "forbidden", "Policy doesn't allow volume_extension:type_create to be performed.");
  }

  @Test
  void typeCreateNeedsAName() {
    Api api = Api.newProject(base);

    api.post("/v3/{p}/types", "{\"volume_type\": {\"name\": \"  \"}}")
        .expectFault(400, "badRequest", "Volume type name can not be empty.");
    api.post("/v3/{p}/types", "{\"volume_type\": {\"description\": \"x\"}}")
        .expectFault(400, "badRequest", "Missing required element 'name' in volume_type.");
    api.post("/v3/{p}/types", "{\"type\": {}}")
        .expectFault(400, "badRequest", "Missing required element 'volume_type' in request body.");
  }

  @Test
  void groupCreateNamesTheUnknownTypeAsCinderDoes() {
    Api api = Api.newProject(base);
    String missing = "00000000-0000-4000-8000-000000000000";

    api.post(
            "/v3/{p}/consistencygroups",
            "{\"consistencygroup\": {\"name\": \"cg\", \"volume_types\": \"nope\"}}")
        .expectFault(404, "itemNotFound", "Volume type with name nope could not be found.");
    api.post(
            "/v3/{p}/consistencygroups",
            "{\"consistencygroup\": {\"name\": \"cg\", \"volume_types\": \"" + missing + "\"}}")
        .expectFault(404, "itemNotFound", "Volume type " + missing + " could not be found.");
  }
}
