package dev.cgsnap.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * A client of the running service that acts as one fresh project: every test makes its own, so
 * tests share no data and run in any order.
 */
public final class Api {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final String base;
  private final String project;
  private final String token;

  private Api(String base, String user, String project) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.project = project;
    this.token = user + ":" + project;
  }

  /** A caller in a new project, named like Cinder's project ids (32 hex digits). */
  public static Api newProject(URL base) {
    return new Api(base.toString(), "admin", UUID.randomUUID().toString().replace("-", ""));
  }

  /** The same project, seen by another (non-admin) user. */
  public Api asUser(String user) {
    return new Api(base, user, project);
  }

  /** Another project; the user name stays. */
  public Api otherProject() {
    return new Api(
        base,
        token.substring(0, token.indexOf(':')),
        UUID.randomUUID().toString().replace("-", ""));
  }

  public String project() {
    return project;
  }

  public String token() {
    return token;
  }

  public String url(String path) {
    return base + path.replace("{p}", project);
  }

  public Reply get(String path, String... headers) {
    return send(request(path, headers).GET());
  }

  public Reply delete(String path, String... headers) {
    return send(request(path, headers).DELETE());
  }

  public Reply post(String path, String json, String... headers) {
    return send(
        request(path, headers)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A request built by the caller, e.g. with an odd content type or no token. */
  public Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          HTTP.send(
              request.timeout(Duration.ofSeconds(60)).build(),
              HttpResponse.BodyHandlers.ofString());
      return new Reply(response);
    } catch (Exception e) {
      throw new AssertionError("request failed: " + e, e);
    }
  }

  public HttpRequest.Builder request(String path, String... headers) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(url(path))).header("X-Auth-Token", token);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return builder;
  }

  /** A group with {@code volumeCount} volumes, all available; returns the group id. */
  public String groupWithVolumes(int volumeCount) {
    String group =
        post(
                "/v3/{p}/consistencygroups",
                "{\"consistencygroup\": {\"name\": \"cg\", \"volume_types\": \"__DEFAULT__\"}}")
            .expect(202)
            .json()
            .getJsonObject("consistencygroup")
            .getString("id");
    for (int i = 0; i < volumeCount; i++) {
      volume(group);
    }
    return group;
  }

  public String volume(String group) {
    return post(
            "/v3/{p}/volumes",
            "{\"volume\": {\"size\": 1, \"name\": \"v\", \"consistencygroup_id\": \""
                + group
                + "\"}}")
        .expect(202)
        .json()
        .getJsonObject("volume")
        .getString("id");
  }

  public String cgsnapshot(String group, String name) {
    return post(
            "/v3/{p}/cgsnapshots",
            "{\"cgsnapshot\": {\"consistencygroup_id\": \""
                + group
                + "\", \"name\": \""
                + name
                + "\"}}")
        .expect(202)
        .json()
        .getJsonObject("cgsnapshot")
        .getString("id");
  }

  /** Polls show until the cgsnapshot has {@code status} or is gone ("deleted"), for up to 10 s. */
  public void awaitCgsnapshot(String id, String status) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    String seen = null;
    while (System.nanoTime() < deadline) {
      Reply shown = get("/v3/{p}/cgsnapshots/" + id);
      seen =
          shown.status() == 404
              ? "deleted"
              : shown.json().getJsonObject("cgsnapshot").getString("status");
      if (seen.equals(status)) {
        return;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    assertEquals(status, seen, "status of cgsnapshot " + id);
  }

  /** A response, with assertions that name the body when they fail. */
  public record Reply(HttpResponse<String> response) {

    public int status() {
      return response.statusCode();
    }

    public String body() {
      return response.body();
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    public Reply expect(int status) {
      assertEquals(status, status(), () -> "unexpected status; body: " + body());
      return this;
    }

    /** Asserts Cinder's fault envelope: {@code {"<fault>": {"code": status, "message": ...}}}. */
    public Reply expectFault(int status, String fault, String message) {
      expect(status);
      JsonObject envelope = json().getJsonObject(fault);
      assertEquals(
          status, envelope == null ? -1 : envelope.getInt("code"), () -> "envelope: " + body());
      assertEquals(message, envelope.getString("message"), () -> "envelope: " + body());
      assertEquals("application/json", header("Content-Type"));
      return this;
    }

    public JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(body()))) {
        return reader.readObject();
      }
    }
  }
}
