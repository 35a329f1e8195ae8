package dev.cgsnap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ApiVersionTest {

  @Test
  void absentHeaderMeansTheMinimum() {
    assertEquals(new ApiVersion(3, 0), ApiVersion.negotiate(null));
  }

  @Test
  void latestMeansTheMaximum() {
    assertEquals(ApiVersion.MAX, ApiVersion.negotiate("volume latest"));
  }

  @Test
  void takesTheVolumeElementOfAList() {
    assertEquals(new ApiVersion(3, 14), ApiVersion.negotiate("compute 2.1, volume 3.14"));
  }

  @Test
  void malformedVersionIsABadRequestWithCindersMessage() {
    BadRequestException e =
        assertThrows(BadRequestException.class, () -> ApiVersion.negotiate("volume 3.x"));
    assertEquals(
        "API Version String 3.x is of invalid format. Must be of format MajorNum.MinorNum.",
        e.getMessage());
  }

  @Test
  void versionsOutOfRangeAreNotAcceptable() {
    var e =
        assertThrows(
            ApiVersion.VersionNotSupportedException.class,
            () -> ApiVersion.negotiate("volume 3.71"));
    assertEquals(406, e.status());
    assertEquals(
        "Version 3.71 is not supported by the API. Minimum is 3.0 and maximum is 3.70.",
        e.getMessage());
    assertThrows(
        ApiVersion.VersionNotSupportedException.class, () -> ApiVersion.negotiate("volume 2.0"));
  }
}
