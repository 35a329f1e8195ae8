package dev.cgsnap.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses a POST or PUT with no body or no content type the way Cinder does (its controllers then
 * see no body), and caps bodies at Cinder's size limit without buffering them.
 */
@Provider
@PreMatching
@Priority(Priorities.ENTITY_CODER)
public class BodyFilter implements ContainerRequestFilter {

  /** oslo.middleware's default {@code max_request_body_size}. */
  static final long MAX_BODY_BYTES = 114_688;

  @Override
  public void filter(ContainerRequestContext request) {
    String method = request.getMethod();
    if (!method.equals(HttpMethod.POST) && !method.equals(HttpMethod.PUT)) {
      return;
    }
    if (request.getLength() > MAX_BODY_BYTES) {
      throw new BodyTooLargeException();
    }
    if (request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null || !request.hasEntity()) {
      throw BadRequestException.generic();
    }
    request.setEntityStream(new LimitedStream(request.getEntityStream()));
  }

  /** 413 for a body over the limit. */
  public static class BodyTooLargeException extends CinderException {

    BodyTooLargeException() {
      super(413, "Request is too large.");
    }
  }

  private static final class LimitedStream extends FilterInputStream {

    private long remaining = MAX_BODY_BYTES;

    LimitedStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      remaining -= n;
      if (remaining < 0) {
        throw new BodyTooLargeException();
      }
    }
  }
}
