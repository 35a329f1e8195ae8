package dev.cgsnap.types;

import dev.cgsnap.api.Caller;
import dev.cgsnap.api.ForbiddenException;
import dev.cgsnap.api.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/** Creates volume types and looks them up by name or id, as Cinder resolves them. */
@Stateless
public class VolumeTypeService {

  /** Cinder's policy rule for creating a type; only administrators pass it. */
  static final String CREATE_RULE = "volume_extension:type_create";

  private static final Logger LOG = Logger.getLogger(VolumeTypeService.class.getName());
  private static final Pattern UUID_LIKE =
      Pattern.compile("(?i)[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}");

  @PersistenceContext EntityManager em;

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<VolumeType> find(String nameOrId) {
    return findById(nameOrId).or(() -> findByName(nameOrId));
  }

  /**
   * The type named or identified by {@code nameOrId}. As in Cinder, a UUID-shaped argument is
   * looked up as an id and anything else as a name, and the message says which.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public VolumeType get(String nameOrId) {
    if (UUID_LIKE.matcher(nameOrId).matches()) {
      return find(nameOrId).orElseThrow(() -> new NotFoundException("Volume type", nameOrId));
    }
    return find(nameOrId)
        .orElseThrow(() -> new NotFoundException("Volume type with name", nameOrId));
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public VolumeType defaultType() {
    return get(VolumeType.DEFAULT_NAME);
  }

  /** The type with this id as {@code caller} may see it; {@code default} names the default. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public VolumeType show(Caller caller, String id) {
    Optional<VolumeType> type =
        "default".equals(id) ? findByName(VolumeType.DEFAULT_NAME) : findById(id);
    return type.filter(t -> t.isPublic() || caller.admin())
        .orElseThrow(() -> new NotFoundException("Volume type", id));
  }

  /**
   * Types visible to {@code caller}: public ones, or for an administrator those matching {@code
   * isPublic} (null meaning all).
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<VolumeType> list(Caller caller, Boolean isPublic) {
    Boolean wanted = caller.admin() ? isPublic : Boolean.TRUE;
    String filter = wanted == null ? "" : " AND t.isPublic = " + wanted.toString().toUpperCase();
    return em.createQuery(
            "SELECT t FROM VolumeType t WHERE t.deleted = false"
                + filter
                + " ORDER BY t.name, t.id",
            VolumeType.class)
        .setMaxResults(1000)
        .getResultList();
  }

  /** Every live type, by name. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<VolumeType> list() {
    return em.createQuery(
            "SELECT t FROM VolumeType t WHERE t.deleted = false ORDER BY t.name", VolumeType.class)
        .getResultList();
  }

  public VolumeType create(Caller caller, String name, String description, boolean isPublic) {
    if (!caller.admin()) {
      throw new ForbiddenException(CREATE_RULE);
    }
    // Type creates serialize on the default type's row, so two of one name cannot both pass.
    em.find(VolumeType.class, defaultType().id(), LockModeType.PESSIMISTIC_WRITE);
    if (findByName(name).isPresent()) {
      throw new VolumeTypeExistsException(name);
    }
    VolumeType type = new VolumeType(name, description, isPublic);
    em.persist(type);
    LOG.info(() -> "Created volume type " + type.id() + " (" + name + ")");
    return type;
  }

  private Optional<VolumeType> findById(String id) {
    return Optional.ofNullable(em.find(VolumeType.class, id)).filter(t -> !t.deleted());
  }

  private Optional<VolumeType> findByName(String name) {
    return em.createQuery(
            "SELECT t FROM VolumeType t WHERE t.name = :name AND t.deleted = false",
            VolumeType.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }
}
