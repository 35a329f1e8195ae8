package dev.cgsnap.api;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Times are stored and shown in UTC with microseconds, without an offset, as Cinder shows them. */
public final class Timestamps {

  private static final DateTimeFormatter CINDER =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");

  private Timestamps() {}

  public static LocalDateTime now() {
    return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  public static String format(LocalDateTime time) {
    return time == null ? null : CINDER.format(time);
  }
}
