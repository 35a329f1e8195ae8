package dev.cgsnap.cgsnapshots.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgsnap.api.Caller;
import dev.cgsnap.cgsnapshots.Cgsnapshot;
import dev.cgsnap.cgsnapshots.CgsnapshotQuery;
import dev.cgsnap.cgsnapshots.CgsnapshotService;
import dev.cgsnap.cgsnapshots.CreateCgsnapshotRequest;
import dev.cgsnap.cgsnapshots.InvalidGroupSnapshotException;
import dev.cgsnap.consistencygroups.ConsistencyGroupService;
import dev.cgsnap.quotas.QuotaService;
import dev.cgsnap.quotas.SnapshotLimitExceededException;
import dev.cgsnap.support.Deployments;
import dev.cgsnap.support.Seeds;
import dev.cgsnap.volumes.VolumeService;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** In-container: what rollback and concurrency do to rows and quota usage. */
@ExtendWith(ArquillianExtension.class)
class CgsnapshotTransactionsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(CgsnapshotTransactionsIT.class);
  }

  @Inject CgsnapshotService cgsnapshots;
  @Inject ConsistencyGroupService groups;
  @Inject VolumeService volumes;
  @Inject QuotaService quotas;
  @Inject UserTransaction transaction;

  private static Caller newProject() {
    return new Caller("member", UUID.randomUUID().toString().replace("-", ""), false);
  }

  private String group(Caller caller, int volumeCount) {
    return Seeds.groupWithVolumes(groups, volumes, caller, volumeCount);
  }

  private static CreateCgsnapshotRequest request(String group) {
    return new CreateCgsnapshotRequest(Json.createValue("s"), null, Json.createValue(group));
  }

  private List<Cgsnapshot> listed(Caller caller) {
    return cgsnapshots.list(
        caller, new CgsnapshotQuery(1000, 0, null, sortNewestFirst(), Map.of(), false));
  }

  private static List<CgsnapshotQuery.Sort> sortNewestFirst() {
    return List.of(
        new CgsnapshotQuery.Sort("created_at", false), new CgsnapshotQuery.Sort("id", false));
  }

  private static <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
    ManagedExecutorService executor =
        InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
    CountDownLatch start = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (Callable<T> task : tasks) {
      futures.add(
          executor.submit(
              () -> {
                start.await();
                return task.call();
              }));
    }
    start.countDown();
    List<T> results = new ArrayList<>();
    for (Future<T> future : futures) {
      results.add(future.get(60, TimeUnit.SECONDS));
    }
    return results;
  }

  @Test
  void createRolledBackPartWayLeavesNoRowsAndNoQuotaUsage() throws Exception {
    Caller caller = newProject();
    String group = group(caller, 3);

    transaction.begin();
    String id;
    try {
      id = cgsnapshots.create(caller, request(group)).id();
      assertEquals(3, cgsnapshots.members(id).size());
      assertEquals(3, quotas.snapshotsInUse(caller.projectId()));
    } finally {
      transaction.rollback();
    }

    assertEquals(0, quotas.snapshotsInUse(caller.projectId()));
    assertTrue(cgsnapshots.find(caller, id).isEmpty());
    assertEquals(List.of(), cgsnapshots.members(id));
    assertEquals(List.of(), listed(caller));
  }

  @Test
  void createRefusedByQuotaLeavesNoRows() {
    Caller caller = newProject();
    String group = group(caller, 4);
    cgsnapshots.create(caller, request(group));
    cgsnapshots.create(caller, request(group));

    assertThrows(
        SnapshotLimitExceededException.class, () -> cgsnapshots.create(caller, request(group)));

    assertEquals(8, quotas.snapshotsInUse(caller.projectId()));
    assertEquals(2, listed(caller).size());
  }

  @Test
  void concurrentCreatesNeverExceedTheQuota() throws Exception {
    Caller caller = newProject();
    List<String> groupIds = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      groupIds.add(group(caller, 3));
    }
    List<Callable<Boolean>> creates = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String group = groupIds.get(i % groupIds.size());
      creates.add(
          () -> {
            try {
              cgsnapshots.create(caller, request(group));
              return true;
            } catch (SnapshotLimitExceededException refused) {
              return false;
            }
          });
    }

    long created = runTogether(creates).stream().filter(ok -> ok).count();

    assertEquals(3, created);
    assertEquals(9, quotas.snapshotsInUse(caller.projectId()));
    List<Cgsnapshot> listed = listed(caller);
    assertEquals(3, listed.size());
    assertEquals(9, listed.stream().mapToInt(s -> cgsnapshots.members(s.id()).size()).sum());
  }

  @Test
  void twoConcurrentDeletesGiveOneAcceptAndOneRefusal() throws Exception {
    Caller caller = newProject();
    String id = cgsnapshots.create(caller, request(group(caller, 2))).id();
    awaitStatus(caller, id, Cgsnapshot.AVAILABLE);
    Callable<String> delete =
        () -> {
          try {
            cgsnapshots.delete(caller, id);
            return "202";
          } catch (InvalidGroupSnapshotException refused) {
            return "400";
          }
        };

    List<String> outcomes = new ArrayList<>(runTogether(List.of(delete, delete)));

    outcomes.sort(null);
    assertEquals(List.of("202", "400"), outcomes);
    awaitStatus(caller, id, Cgsnapshot.DELETED);
    assertEquals(0, quotas.snapshotsInUse(caller.projectId()));
  }

  private void awaitStatus(Caller caller, String id, String status) throws InterruptedException {
    String seen = null;
    for (int i = 0; i < 200; i++) {
      seen = cgsnapshots.find(caller, id).map(Cgsnapshot::status).orElse(Cgsnapshot.DELETED);
      if (seen.equals(status)) {
        return;
      }
      Thread.sleep(50);
    }
    assertEquals(status, seen);
  }
}
