package dev.cgsnap.cgsnapshots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgsnap.api.Caller;
import dev.cgsnap.consistencygroups.ConsistencyGroupService;
import dev.cgsnap.consistencygroups.InvalidGroupException;
import dev.cgsnap.support.Deployments;
import dev.cgsnap.support.Seeds;
import dev.cgsnap.volumes.CreateVolumeRequest;
import dev.cgsnap.volumes.VolumeService;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** In-container: what only the inside can prove about the create transaction. */
@ExtendWith(ArquillianExtension.class)
class CreateTransactionIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(CreateTransactionIT.class);
  }

  @EJB CgsnapshotService cgsnapshots;
  @EJB ConsistencyGroupService groups;
  @EJB VolumeService volumes;
  @PersistenceContext EntityManager em;
  @Resource UserTransaction tx;
  @Resource ManagedExecutorService executor;

  @Test
  void everyRowOfACreateIsWrittenInTheCallersOneTransaction() throws Exception {
    Caller caller = newCaller();
    String group = groupWithVolumes(caller, 3);

    tx.begin();
    Cgsnapshot snapshot = cgsnapshots.create(caller, request(group));
    assertEquals(3L, countMembers(snapshot.id()));
    tx.rollback();

    assertEquals(0L, countSnapshots(group));
    assertEquals(0L, countMembers(snapshot.id()));
  }

  @Test
  void aCreateWritesOneCreatingMemberPerVolume() throws Exception {
    Caller caller = newCaller();
    String group = groupWithVolumes(caller, 2);

    // Read in the create's own transaction: once it commits, the worker may finish the members.
    tx.begin();
    Cgsnapshot snapshot = cgsnapshots.create(caller, request(group));
    var members = cgsnapshots.members(snapshot.id());
    tx.commit();

    assertEquals(2, members.size());
    assertTrue(
        members.stream()
            .allMatch(m -> m.progress().equals("0%") && m.status().equals(Cgsnapshot.CREATING)));
    assertEquals(1L, countSnapshots(group));
  }

  @Test
  void aGroupStatusChangeInFlightIsSeenByTheCreateThatWaitsForIt() throws Exception {
    Caller caller = newCaller();
    String group = groupWithVolumes(caller, 1);

    Future<?> change = holdOpen(() -> groups.lock(caller, group).resetStatus("error"));
    Future<Cgsnapshot> create = executor.submit(() -> cgsnapshots.create(caller, request(group)));

    ExecutionException refused = assertThrows(ExecutionException.class, create::get);
    change.get();
    assertTrue(
        causeChain(refused).contains(InvalidGroupException.class.getName()),
        () -> "expected an invalid-group refusal, got " + causeChain(refused));
    assertEquals(0L, countSnapshots(group));
  }

  @Test
  void aVolumeAddedInFlightIsPartOfTheSnapshotThatWaitsForIt() throws Exception {
    Caller caller = newCaller();
    String group = groupWithVolumes(caller, 1);

    Future<?> add = holdOpen(() -> volumes.create(caller, volumeRequest(group)));
    Cgsnapshot snapshot = executor.submit(() -> cgsnapshots.create(caller, request(group))).get();
    add.get();

    assertEquals(2L, countMembers(snapshot.id()));
  }

  /**
   * Runs {@code change} in a transaction on another thread and returns once its writes are flushed;
   * the transaction commits 1.5 s later, so what the test does meanwhile has to wait.
   */
  private Future<?> holdOpen(Runnable change) throws InterruptedException {
    CountDownLatch flushed = new CountDownLatch(1);
    Future<?> held =
        executor.submit(
            () -> {
              tx.begin();
              change.run();
              em.flush();
              flushed.countDown();
              Thread.sleep(1500);
              tx.commit();
              return null;
            });
    assertTrue(flushed.await(30, TimeUnit.SECONDS));
    return held;
  }

  private static String causeChain(Throwable failure) {
    StringBuilder chain = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      chain.append(t.getClass().getName()).append(' ');
    }
    return chain.toString();
  }

  private static Caller newCaller() {
    return new Caller("tester", UUID.randomUUID().toString().replace("-", ""), false);
  }

  private String groupWithVolumes(Caller caller, int count) {
    return Seeds.groupWithVolumes(groups, volumes, caller, count);
  }

  private static CreateVolumeRequest volumeRequest(String group) {
    return new CreateVolumeRequest(
        Json.createValue(1), Json.createValue("v"), null, null, Json.createValue(group), null);
  }

  private static CreateCgsnapshotRequest request(String group) {
    return new CreateCgsnapshotRequest(Json.createValue("s"), null, Json.createValue(group));
  }

  private long countSnapshots(String group) {
    return em.createQuery(
            "SELECT COUNT(s) FROM Cgsnapshot s WHERE s.consistencyGroupId = :g", Long.class)
        .setParameter("g", group)
        .getSingleResult();
  }

  private long countMembers(String snapshot) {
    return em.createQuery(
            "SELECT COUNT(m) FROM MemberSnapshot m WHERE m.cgsnapshotId = :s", Long.class)
        .setParameter("s", snapshot)
        .getSingleResult();
  }
}
