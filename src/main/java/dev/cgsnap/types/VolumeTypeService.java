package dev.cgsnap.types;

import dev.cgsnap.api.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Looks volume types up by name or id, as Cinder resolves them in group and volume creates. */
@Stateless
public class VolumeTypeService {

  @PersistenceContext EntityManager em;

  public Optional<VolumeType> find(String nameOrId) {
    VolumeType byId = em.find(VolumeType.class, nameOrId);
    if (byId != null && !byId.deleted()) {
      return Optional.of(byId);
    }
    return em.createQuery(
            "SELECT t FROM VolumeType t WHERE t.name = :name AND t.deleted = false",
            VolumeType.class)
        .setParameter("name", nameOrId)
        .getResultStream()
        .findFirst();
  }

  public VolumeType get(String nameOrId) {
    return find(nameOrId)
        .orElseThrow(() -> new NotFoundException("Volume type with name", nameOrId));
  }

  public VolumeType defaultType() {
    return get(VolumeType.DEFAULT_NAME);
  }

  public List<VolumeType> list() {
    return em.createQuery(
            "SELECT t FROM VolumeType t WHERE t.deleted = false ORDER BY t.name", VolumeType.class)
        .getResultList();
  }
}
