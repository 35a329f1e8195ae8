package dev.cgsnap.cgsnapshots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgsnap.api.CinderException;
import dev.cgsnap.cgsnapshots.CgsnapshotQuery.Sort;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The list's query parameters, read outside the server. */
class CgsnapshotQueryTest {

  private static CgsnapshotQuery query(String... pairs) {
    MultivaluedHashMap<String, String> params = new MultivaluedHashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      params.add(pairs[i], pairs[i + 1]);
    }
    return CgsnapshotQuery.from(params);
  }

  private static String refusal(String... pairs) {
    return assertThrows(CinderException.class, () -> query(pairs)).getMessage();
  }

  @Test
  void defaultsAreTheMaximumPageNewestFirst() {
    CgsnapshotQuery query = query();

    assertEquals(1000, query.limit());
    assertEquals(0, query.offset());
    assertEquals(List.of(new Sort("created_at", false), new Sort("id", false)), query.sorts());
    assertFalse(query.allTenants());
  }

  @Test
  void limitZeroOrAboveTheMaximumMeansTheMaximum() {
    assertEquals(1000, query("limit", "0").limit());
    assertEquals(1000, query("limit", "99999999999999999999").limit());
    assertEquals(7, query("limit", " 7 ").limit());
  }

  @Test
  void limitAndOffsetAreRefusedWithCindersMessages() {
    assertEquals("limit param must be an integer", refusal("limit", "1.5"));
    assertEquals("limit param must be positive", refusal("limit", "-1"));
    assertEquals("offset must be an integer", refusal("offset", "x"));
    assertEquals("offset must be >= 0", refusal("offset", "-3"));
    assertEquals("offset must be <= 2147483647", refusal("offset", "2147483648"));
  }

  @Test
  void sortKeysAreCompletedSoTheOrderIsTotal() {
    assertEquals(
        List.of(new Sort("name", true), new Sort("created_at", true), new Sort("id", true)),
        query("sort", "name:asc").sorts());
    assertEquals(
        List.of(new Sort("status", false), new Sort("id", true), new Sort("created_at", false)),
        query("sort_key", "status,id", "sort_dir", "desc,asc").sorts());
  }

  @Test
  void unknownSortKeysAndDirectionsAndMixedStylesAreRefused() {
    assertEquals("Invalid input received: Invalid sort key size.", refusal("sort", "size:asc"));
    assertEquals(
        "Invalid input received: Unknown sort direction, must be 'desc' or 'asc'",
        refusal("sort", "name:up"));
    assertTrue(refusal("sort", "name", "sort_key", "id").startsWith("The 'sort_key'"));
  }

  @Test
  void filtersAndAllTenantsAreRead() {
    CgsnapshotQuery query =
        query("name", "n", "status", "error", "consistencygroup_id", "g", "all_tenants", "True");

    assertEquals(
        Map.of("name", "n", "status", "error", "consistencygroup_id", "g"), query.filters());
    assertTrue(query.allTenants());
  }
}
