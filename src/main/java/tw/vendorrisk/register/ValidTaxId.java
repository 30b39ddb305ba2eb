package tw.vendorrisk.register;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A Taiwan unified business number (統一編號) with a valid checksum. */
@Documented
@Constraint(validatedBy = ValidTaxId.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidTaxId {

    /** "must be an 8-digit unified business number (統一編號) with a valid checksum" in messages.properties */
    String message() default "{constraint.taxId}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidTaxId, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || TaxId.isValid(value);
        }
    }
}
