package dev.cgsnap.types;

import dev.cgsnap.api.CinderException;

/** 409 for a type name already in use; Cinder names the type by the requested name. */
public class VolumeTypeExistsException extends CinderException {

  VolumeTypeExistsException(String name) {
    super(409, "Volume Type " + name + " already exists.");
  }
}
