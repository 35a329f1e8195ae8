package dev.cgsnap.cgsnapshots;

import dev.cgsnap.api.BadRequestException;
import dev.cgsnap.api.InvalidInputException;
import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The query parameters of a cgsnapshot list. {@code limit} and {@code offset} are checked with
 * Cinder's messages; Cinder ignores {@code marker}, {@code sort} and the filters, which are honored
 * here and checked strictly.
 */
public record CgsnapshotQuery(
    int limit,
    int offset,
    String marker,
    List<Sort> sorts,
    Map<String, String> filters,
    boolean allTenants) {

  public static final int MAX_LIMIT = 1000;
  static final Set<String> SORT_KEYS = Set.of("created_at", "id", "name", "status");
  static final List<String> FILTERS = List.of("name", "status", "consistencygroup_id");
  private static final Set<String> TRUE = Set.of("1", "t", "true", "on", "y", "yes");

  /** One sort key and its direction. */
  public record Sort(String key, boolean ascending) {}

  public static CgsnapshotQuery from(MultivaluedMap<String, String> params) {
    Map<String, String> filters = new LinkedHashMap<>();
    for (String filter : FILTERS) {
      String value = params.getFirst(filter);
      if (value != null) {
        filters.put(filter, value);
      }
    }
    String allTenants = params.getFirst("all_tenants");
    return new CgsnapshotQuery(
        limit(params.getFirst("limit")),
        offset(params.getFirst("offset")),
        params.getFirst("marker"),
        sorts(params.getFirst("sort"), params.getFirst("sort_key"), params.getFirst("sort_dir")),
        filters,
        allTenants != null && TRUE.contains(allTenants.strip().toLowerCase()));
  }

  /** Zero or absent means the maximum, as Cinder's {@code osapi_max_limit}. */
  private static int limit(String text) {
    if (text == null) {
      return MAX_LIMIT;
    }
    BigInteger value = integer(text, "limit param must be an integer");
    if (value.signum() < 0) {
      throw new BadRequestException("limit param must be positive");
    }
    return value.signum() == 0 || value.compareTo(BigInteger.valueOf(MAX_LIMIT)) > 0
        ? MAX_LIMIT
        : value.intValue();
  }

  private static int offset(String text) {
    if (text == null) {
      return 0;
    }
    BigInteger value = integer(text, "offset must be an integer");
    if (value.signum() < 0) {
      throw new BadRequestException("offset must be >= 0");
    }
    if (value.compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) > 0) {
      throw new BadRequestException("offset must be <= " + Integer.MAX_VALUE);
    }
    return value.intValue();
  }

  /** Python's {@code int()}: optional sign and surrounding white space. */
  private static BigInteger integer(String text, String message) {
    try {
      return new BigInteger(text.strip());
    } catch (NumberFormatException notAnInteger) {
      throw new BadRequestException(message);
    }
  }

  /**
   * The requested order, completed with {@code created_at} and {@code id} in the first key's
   * direction so that the order is total and a marker names one position in it.
   */
  private static List<Sort> sorts(String sort, String sortKey, String sortDir) {
    if (sort != null && (sortKey != null || sortDir != null)) {
      throw new BadRequestException(
          "The 'sort_key' and 'sort_dir' parameters are deprecated and cannot be used with the"
              + " 'sort' parameter.");
    }
    List<Sort> sorts = new ArrayList<>();
    if (sort != null) {
      for (String item : sort.split(",")) {
        String[] parts = item.strip().split(":", 2);
        sorts.add(sort(parts[0], parts.length > 1 ? parts[1] : null));
      }
    } else if (sortKey != null) {
      String[] keys = sortKey.split(",");
      String[] dirs = sortDir == null ? new String[0] : sortDir.split(",");
      for (int i = 0; i < keys.length; i++) {
        sorts.add(sort(keys[i], i < dirs.length ? dirs[i] : null));
      }
    } else if (sortDir != null) {
      sorts.add(sort("created_at", sortDir));
    }
    boolean ascending = !sorts.isEmpty() && sorts.getFirst().ascending();
    for (String key : List.of("created_at", "id")) {
      if (sorts.stream().noneMatch(s -> s.key().equals(key))) {
        sorts.add(new Sort(key, ascending));
      }
    }
    return List.copyOf(sorts);
  }

  private static Sort sort(String key, String direction) {
    String name = key.strip();
    if (!SORT_KEYS.contains(name)) {
      throw new InvalidInputException("Invalid sort key " + name + ".");
    }
    String dir = direction == null || direction.isBlank() ? "desc" : direction.strip();
    if (!dir.equals("asc") && !dir.equals("desc")) {
      throw new InvalidInputException("Unknown sort direction, must be 'desc' or 'asc'");
    }
    return new Sort(name, dir.equals("asc"));
  }
}
