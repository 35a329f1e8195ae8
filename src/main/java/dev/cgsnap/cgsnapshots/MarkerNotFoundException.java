package dev.cgsnap.cgsnapshots;

import dev.cgsnap.api.CinderException;

/** 400 for a {@code marker} that is not one of the listed snapshots. */
public class MarkerNotFoundException extends CinderException {

  public MarkerNotFoundException(String marker) {
    super(400, "Marker " + marker + " could not be found.");
  }
}
