package dev.cgsnap.api;

import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Renders every failure, expected or not, as Cinder's fault envelope; never an HTML page. Jersey
 * prefers the most specific mapper, so validation failures have their own, {@link
 * Validation.ViolationMapper}.
 */
@Provider
public class FaultMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(FaultMapper.class.getName());

  @Context HttpServletRequest request;

  @Override
  public Response toResponse(Throwable failure) {
    Throwable cause = unwrap(failure);
    if (isUnstorableText(cause)) {
      return Faults.response(400, "Invalid input received: text must not contain NUL characters");
    }
    if (isFromJsonParser(cause)) {
      return Faults.response(400, "Malformed request body");
    }
    return switch (cause) {
      case CinderException e -> Faults.response(e.status(), e.getMessage());
      case ConstraintViolationException e -> Faults.response(400, firstMessage(e));
      case JsonException e when e.getCause() instanceof CinderException limit ->
          Faults.response(limit.status(), limit.getMessage());
      case JsonException e -> Faults.response(400, "Malformed request body");
      case NotAllowedException e ->
          Faults.response(405, "The method is not allowed for the requested URL.");
      case NotSupportedException e -> Faults.response(415, "Unsupported Content-Type");
      case jakarta.ws.rs.NotFoundException e -> Faults.response(404, Faults.NOT_FOUND);
      case WebApplicationException e when e.getResponse().getStatus() < 500 ->
          Faults.response(e.getResponse().getStatus(), BadRequestException.GENERIC);
      case OptimisticLockException e -> conflict();
      case PessimisticLockException e -> conflict();
      default -> serverError(cause);
    };
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable current = failure;
    while ((current instanceof EJBException
            || current instanceof jakarta.transaction.RollbackException
            || current instanceof jakarta.ejb.EJBTransactionRolledbackException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  /** PostgreSQL refuses NUL in text (SQLSTATE 22021), e.g. in an id looked up by the client. */
  private static boolean isUnstorableText(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && "22021".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /** The JSON parser reports some malformed bodies, such as too deep nesting, untyped. */
  private static boolean isFromJsonParser(Throwable failure) {
    StackTraceElement[] stack = failure.getStackTrace();
    return stack.length > 0 && stack[0].getClassName().startsWith("org.eclipse.parsson.");
  }

  static String firstMessage(ConstraintViolationException e) {
    return e.getConstraintViolations().stream()
        .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .map(ConstraintViolation::getMessage)
        .orElse(BadRequestException.GENERIC);
  }

  private static Response conflict() {
    return Faults.response(409, "The record was changed by another request; try again.");
  }

  private Response serverError(Throwable cause) {
    LOG.log(Level.SEVERE, "Request " + RequestIds.of(request) + " failed", cause);
    return Faults.response(500, Faults.SERVER_ERROR);
  }
}
