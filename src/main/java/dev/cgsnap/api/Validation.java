package dev.cgsnap.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/** Checks a request object's Bean Validation constraints; the first failure becomes a 400. */
@ApplicationScoped
public class Validation {

  @Inject Validator validator;

  /** Jersey ships a mapper for validation failures; this more specific one keeps the envelope. */
  @Provider
  public static class ViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException failure) {
      return Faults.response(400, dev.cgsnap.api.FaultMapper.firstMessage(failure));
    }
  }

  public <T> T valid(T request) {
    Set<ConstraintViolation<T>> violations = validator.validate(request);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return request;
  }
}
