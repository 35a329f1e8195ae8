package dev.cgsnap.api.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgsnap.api.RequestIds;
import dev.cgsnap.support.Api;
import dev.cgsnap.support.Deployments;
import java.net.URL;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** In-container: the per-request log line names the request id and the caller's global id. */
@ExtendWith(ArquillianExtension.class)
class RequestLogIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(RequestLogIT.class);
  }

  @ArquillianResource URL base;

  @Test
  void theRequestLineCarriesBothIdsAndNeverTheToken() {
    Logger logger = Logger.getLogger(RequestIds.class.getName());
    List<String> lines = new CopyOnWriteArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord line) {
            lines.add(new java.util.logging.SimpleFormatter().formatMessage(line));
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Level before = logger.getLevel();
    logger.setLevel(Level.FINE);
    logger.addHandler(capture);
    try {
      Api api = Api.newProject(base);
      String global = "req-11111111-2222-4333-8444-555555555555";

      Api.Reply reply =
          api.get("/v3/{p}/cgsnapshots/nothing", "X-OpenStack-Request-ID", global).expect(404);

      String id = reply.header("x-openstack-request-id");
      assertEquals(id, reply.header("x-compute-request-id"));
      String line = lines.stream().filter(l -> l.contains(id)).findFirst().orElse("");
      assertTrue(line.contains("global " + global), () -> "log lines: " + lines);
      assertTrue(line.contains("status: 404"), line);
      assertTrue(lines.stream().noneMatch(l -> l.contains(api.token())), () -> "" + lines);
    } finally {
      logger.removeHandler(capture);
      logger.setLevel(before);
    }
  }
}
