package dev.cgsnap.cgsnapshots;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;

/** No storage behind it: every snapshot and delete succeeds at once and is logged. */
@ApplicationScoped
public class InstantSnapshotBackend implements SnapshotBackend {

  private static final Logger LOG = Logger.getLogger(InstantSnapshotBackend.class.getName());

  @Override
  public void snapshot(MemberSnapshot member) {
    LOG.info(
        () ->
            "Backend snapshotted volume "
                + member.volumeId()
                + " as member snapshot "
                + member.id()
                + " in project "
                + member.projectId());
  }

  @Override
  public void delete(MemberSnapshot member) {
    LOG.info(
        () ->
            "Backend deleted member snapshot "
                + member.id()
                + " of volume "
                + member.volumeId()
                + " in project "
                + member.projectId());
  }
}
