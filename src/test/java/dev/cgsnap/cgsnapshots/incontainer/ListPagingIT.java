package dev.cgsnap.cgsnapshots.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgsnap.support.Api;
import dev.cgsnap.support.Deployments;
import jakarta.annotation.Resource;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In-container: following the next links through 10,000 snapshots returns each exactly once, in the
 * requested order, also where many snapshots share a creation time or a name.
 */
@ExtendWith(ArquillianExtension.class)
class ListPagingIT {

  private static final int COUNT = 10_000;

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(ListPagingIT.class);
  }

  @ArquillianResource URL base;

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  record Row(String id, LocalDateTime createdAt, String name) {}

  @Test
  void pagesThroughTenThousandSnapshotsNewestFirst() throws Exception {
    Api api = Api.newProject(base);
    List<Row> rows = insert(api, api.groupWithVolumes(1));

    List<String> listed = follow(api, "/v3/{p}/cgsnapshots?limit=1000");

    List<String> expected =
        rows.stream()
            .sorted(Comparator.comparing(Row::createdAt).thenComparing(Row::id).reversed())
            .map(Row::id)
            .toList();
    assertEquals(COUNT, listed.size());
    assertEquals(expected, listed);
  }

  @Test
  void pagesThroughTenThousandSnapshotsByName() throws Exception {
    Api api = Api.newProject(base);
    List<Row> rows = insert(api, api.groupWithVolumes(1));

    List<String> listed = follow(api, "/v3/{p}/cgsnapshots/detail?limit=700&sort=name:asc");

    List<String> expected =
        rows.stream()
            .sorted(
                Comparator.comparing((Row r) -> r.name() == null ? "" : r.name())
                    .thenComparing(Row::createdAt)
                    .thenComparing(Row::id))
            .map(Row::id)
            .toList();
    assertEquals(expected, listed);
  }

  /** Gets {@code path}, then each next link, until a page has none; returns the ids seen. */
  private static List<String> follow(Api api, String path) {
    List<String> ids = new ArrayList<>();
    JsonObject page = api.get(path).expect(200).json();
    for (int pages = 0; pages < 100; pages++) {
      page.getJsonArray("cgsnapshots").stream()
          .map(JsonValue::asJsonObject)
          .forEach(snapshot -> ids.add(snapshot.getString("id")));
      if (!page.containsKey("cgsnapshots_links")) {
        return ids;
      }
      String next = page.getJsonArray("cgsnapshots_links").getJsonObject(0).getString("href");
      assertTrue(next.contains("marker="), next);
      page =
          api.send(HttpRequest.newBuilder(URI.create(next)).header("X-Auth-Token", api.token()))
              .expect(200)
              .json();
    }
    throw new AssertionError("more than 100 pages");
  }

  /** 10,000 snapshots in batches; three share each creation time, a tenth have no name. */
  private List<Row> insert(Api api, String group) throws Exception {
    LocalDateTime start = LocalDateTime.of(2026, 1, 1, 0, 0);
    List<Row> rows = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO cgsnapshot (id, project_id, user_id, consistency_group_id, name,"
                    + " description, status, created_at, deleted) VALUES (?, ?, 'u', ?, ?, NULL,"
                    + " 'available', ?, FALSE)")) {
      for (int i = 0; i < COUNT; i++) {
        Row row =
            new Row(
                UUID.randomUUID().toString(),
                start.plusNanos((i / 3) * 1000L),
                i % 10 == 0 ? null : "s%03d".formatted(i % 97));
        insert.setString(1, row.id());
        insert.setString(2, api.project());
        insert.setString(3, group);
        insert.setString(4, row.name());
        insert.setTimestamp(5, Timestamp.valueOf(row.createdAt()));
        insert.addBatch();
        rows.add(row);
        if (i % 1000 == 999) {
          insert.executeBatch();
        }
      }
    }
    return rows;
  }
}
