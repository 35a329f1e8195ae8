package dev.cgsnap.cgsnapshots.processing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgsnap.api.Caller;
import dev.cgsnap.cgsnapshots.Cgsnapshot;
import dev.cgsnap.cgsnapshots.CgsnapshotService;
import dev.cgsnap.cgsnapshots.CreateCgsnapshotRequest;
import dev.cgsnap.cgsnapshots.MemberSnapshot;
import dev.cgsnap.cgsnapshots.SnapshotProcessor;
import dev.cgsnap.consistencygroups.ConsistencyGroupService;
import dev.cgsnap.support.Deployments;
import dev.cgsnap.support.Seeds;
import dev.cgsnap.volumes.VolumeService;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In-container: the processor claims pending cgsnapshots in batches; several of them running at
 * once, as on several threads or instances, finish every snapshot and take every member once.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentProcessingIT {

  private static final int PROJECTS = 40;
  private static final int SNAPSHOTS_PER_PROJECT = 5; // two members each: the default quota of 10
  private static final int COMPETITORS = 3;

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(ConcurrentProcessingIT.class);
  }

  @Inject CgsnapshotService cgsnapshots;
  @Inject ConsistencyGroupService groups;
  @Inject VolumeService volumes;
  @Inject CountingBackend backend;
  @EJB SnapshotProcessor processor;

  @Test
  void competingProcessorsFinishEverySnapshotAndTakeEachMemberOnce() throws Exception {
    ManagedExecutorService executor =
        InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
    AtomicBoolean creating = new AtomicBoolean(true);
    List<Future<Integer>> competitors = new ArrayList<>();
    for (int i = 0; i < COMPETITORS; i++) {
      competitors.add(
          executor.submit(
              () -> {
                int claimed = 0;
                boolean more = true;
                while (creating.get() || more) {
                  int batch = processor.processBatch(7);
                  claimed += batch;
                  more = batch > 0;
                }
                return claimed;
              }));
    }
    Map<String, Caller> created = new HashMap<>();
    try {
      for (int p = 0; p < PROJECTS; p++) {
        Caller caller = new Caller("member", UUID.randomUUID().toString().replace("-", ""), false);
        String group = Seeds.groupWithVolumes(groups, volumes, caller, 2);
        for (int s = 0; s < SNAPSHOTS_PER_PROJECT; s++) {
          Cgsnapshot snapshot =
              cgsnapshots.create(
                  caller,
                  new CreateCgsnapshotRequest(
                      Json.createValue("s"), null, Json.createValue(group)));
          created.put(snapshot.id(), caller);
        }
      }
    } finally {
      creating.set(false);
    }
    int claimedByCompetitors = 0;
    for (Future<Integer> competitor : competitors) {
      claimedByCompetitors += competitor.get(120, TimeUnit.SECONDS);
    }

    List<String> members = new ArrayList<>();
    for (Map.Entry<String, Caller> entry : created.entrySet()) {
      String status = awaitFinished(entry.getValue(), entry.getKey());
      assertEquals(Cgsnapshot.AVAILABLE, status, entry.getKey());
      for (MemberSnapshot member : cgsnapshots.members(entry.getKey())) {
        assertEquals(Cgsnapshot.AVAILABLE, member.status(), member.id());
        members.add(member.id());
      }
    }
    assertEquals(PROJECTS * SNAPSHOTS_PER_PROJECT * 2, members.size());
    Map<String, Integer> taken = backend.snapshots();
    for (String member : members) {
      assertEquals(1, taken.getOrDefault(member, 0), "backend calls for member " + member);
    }
    assertTrue(claimedByCompetitors > 0, "the competing processors claimed nothing");
  }

  private String awaitFinished(Caller caller, String id) throws InterruptedException {
    String status = null;
    for (int i = 0; i < 200; i++) {
      status = cgsnapshots.get(caller, id).status();
      if (!status.equals(Cgsnapshot.CREATING)) {
        return status;
      }
      Thread.sleep(50);
    }
    return status;
  }
}
