package dev.cgsnap.api;

/** Who is calling, as the noauth token says: {@code X-Auth-Token: <user>:<project>}. */
public record Caller(String userId, String projectId, boolean admin) {

  /** Splits a token at its first colon; the project defaults to the user. */
  public static Caller fromToken(String token, java.util.Set<String> adminUsers) {
    int colon = token.indexOf(':');
    String user = colon < 0 ? token : token.substring(0, colon);
    String project = colon < 0 ? "" : token.substring(colon + 1);
    if (project.isEmpty()) {
      project = user;
    }
    return new Caller(user, project, adminUsers.contains(user));
  }

  /**
   * Whether this caller may see a record owned by {@code ownerProjectId}. Records are scoped to
   * their project for everyone, administrators included; Cinder's noauth mode lets every caller
   * read every project's records by id.
   */
  public boolean canSee(String ownerProjectId) {
    return projectId.equals(ownerProjectId);
  }
}
