package dev.cgsnap.api;

/**
 * A Block Storage API microversion such as 3.70. The {@code /v2} API runs at the fixed legacy
 * version 2.0 and ignores the version header, as it did in Cinder.
 */
public record ApiVersion(int major, int minor) implements Comparable<ApiVersion> {

  public static final ApiVersion LEGACY = new ApiVersion(2, 0);
  public static final ApiVersion MIN = new ApiVersion(3, 0);
  public static final ApiVersion MAX = new ApiVersion(3, 70);
  public static final String HEADER = "OpenStack-API-Version";

  /** Reads the value of {@code OpenStack-API-Version} for the {@code volume} service. */
  public static ApiVersion negotiate(String header) {
    if (header == null) {
      return MIN;
    }
    String requested = null;
    for (String element : header.split(",")) {
      if (element.contains("volume")) {
        requested = element.strip();
        break;
      }
    }
    if (requested == null) {
      return MIN;
    }
    String[] parts = requested.split("\\s+");
    if (parts.length != 2 || !parts[0].equals("volume")) {
      throw BadRequestException.generic();
    }
    if (parts[1].equals("latest")) {
      return MAX;
    }
    ApiVersion version = parse(parts[1]);
    if (version.compareTo(MIN) < 0 || version.compareTo(MAX) > 0) {
      throw new VersionNotSupportedException(parts[1]);
    }
    return version;
  }

  static ApiVersion parse(String text) {
    if (!text.matches("^([1-9]\\d*)\\.([1-9]\\d*|0)$")) {
      throw new BadRequestException(
          "API Version String "
              + text
              + " is of invalid format. Must be of format MajorNum.MinorNum.");
    }
    int dot = text.indexOf('.');
    try {
      return new ApiVersion(
          Integer.parseInt(text.substring(0, dot)), Integer.parseInt(text.substring(dot + 1)));
    } catch (NumberFormatException tooLarge) {
      throw new VersionNotSupportedException(text);
    }
  }

  public boolean isLegacy() {
    return major == 2;
  }

  public boolean atLeast(int major, int minor) {
    return compareTo(new ApiVersion(major, minor)) >= 0;
  }

  @Override
  public int compareTo(ApiVersion other) {
    return major != other.major
        ? Integer.compare(major, other.major)
        : Integer.compare(minor, other.minor);
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }

  /** 406 for a well-formed version outside what this service implements. */
  public static class VersionNotSupportedException extends CinderException {

    VersionNotSupportedException(String requested) {
      super(
          406,
          "Version "
              + requested
              + " is not supported by the API. Minimum is "
              + MIN
              + " and maximum is "
              + MAX
              + ".");
    }
  }
}
