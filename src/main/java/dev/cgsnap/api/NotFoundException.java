package dev.cgsnap.api;

/** 404 for a record that does not exist, is deleted, or belongs to another project. */
public class NotFoundException extends CinderException {

  public NotFoundException(String kind, String id) {
    super(404, kind + " " + id + " could not be found.");
  }
}
