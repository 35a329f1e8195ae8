package dev.cgsnap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

  @Test
  void tokenIsUserColonProject() {
    Caller caller = Caller.fromToken("alice:p1:x", Set.of("admin"));
    assertEquals("alice", caller.userId());
    assertEquals("p1:x", caller.projectId());
    assertFalse(caller.admin());
  }

  @Test
  void projectDefaultsToTheUser() {
    assertEquals("bob", Caller.fromToken("bob", Set.of()).projectId());
    assertEquals("bob", Caller.fromToken("bob:", Set.of()).projectId());
  }

  @Test
  void configuredUsersAreAdminsButSeeOnlyTheirProjectById() {
    Caller admin = Caller.fromToken("admin:p1", Set.of("admin"));
    assertTrue(admin.admin());
    assertTrue(admin.canSee("p1"));
    assertFalse(admin.canSee("p2"));
    assertFalse(Caller.fromToken("alice:p1", Set.of("admin")).admin());
  }
}
