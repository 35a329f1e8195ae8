package dev.cgsnap.api;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A free-text field such as a name: absent or null, or a string of at most {@link #max()}
 * characters once surrounding white space is stripped. Messages are Cinder's.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TextField.Validator.class)
public @interface TextField {

  /** The field's name in the request body, for the message. */
  String field();

  int max() default 255;

  String message() default "Invalid input received: {field} is not valid";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<TextField, JsonValue> {

    private String field;
    private int max;

    @Override
    public void initialize(TextField annotation) {
      field = annotation.field();
      max = annotation.max();
    }

    @Override
    public boolean isValid(JsonValue value, ConstraintValidatorContext context) {
      if (value == null || value == JsonValue.NULL) {
        return true;
      }
      String problem;
      if (!(value instanceof JsonString string)) {
        problem = field + " is not a string or unicode";
      } else {
        String text = string.getString().strip();
        int length = text.codePointCount(0, text.length());
        if (!storable(text)) {
          problem = field + " contains a NUL character or an unpaired surrogate";
        } else if (length <= max) {
          return true;
        } else {
          problem = field + " has " + length + " characters, more than " + max + ".";
        }
      }
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate("Invalid input received: " + problem)
          .addConstraintViolation();
      return false;
    }

    /**
     * Whether every database can store the text as given: PostgreSQL refuses NUL, and an unpaired
     * surrogate would be stored as "?".
     */
    private static boolean storable(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == 0) {
          return false;
        }
        if (Character.isHighSurrogate(c)
            && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(c)) {
          return false;
        }
      }
      return true;
    }
  }
}
