package dev.cgsnap.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** Serves the Block Storage API at the context root, as Cinder does on port 8776. */
@ApplicationPath("/")
public class CgsnapApplication extends Application {

  /** No generated WADL: OPTIONS would otherwise answer with the route map as XML. */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
