package dev.cgsnap.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Serves the Block Storage API at the context root, as Cinder does on port 8776. */
@ApplicationPath("/")
public class CgsnapApplication extends Application {}
