package dev.cgsnap.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archives Arquillian deploys: the packaged WAR as users get it, plus test code if needed. */
public final class Deployments {

  private Deployments() {}

  /** The application exactly as built; for black-box HTTP tests. */
  public static WebArchive application() {
    return ShrinkWrap.create(ZipImporter.class, "cgsnap.war")
        .importFrom(new File("target/cgsnap.war"))
        .as(WebArchive.class);
  }

  /** The application with the test support and the given test's package, for in-container tests. */
  public static WebArchive withTests(Class<?> testClass) {
    return application().addPackage(Api.class.getPackage()).addPackage(testClass.getPackage());
  }
}
