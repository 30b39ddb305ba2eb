package tw.vendorrisk.common;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Checks what a page's form asks for with the Bean Validation rules of the request {@code /api} takes
 * for the same thing (a form binds to a plain bean; its request record carries the rules), and puts each
 * violation on the form's field of the same name: a page refuses what the API refuses, in the same words'
 * codes ({@code NotBlank}, {@code Size}, {@code ValidTaxId} …), which the page's bundle says in the user's
 * language.
 */
@Component
public class FormValidator {

    private final SpringValidatorAdapter validator;

    FormValidator(jakarta.validation.Validator validator) {
        this.validator = new SpringValidatorAdapter(validator);
    }

    /** Validates the request built from the form into the form's errors; fields that failed to bind are left as they are. */
    public void validate(Object request, BindingResult form) {
        BindingResult violations = new org.springframework.validation.DirectFieldBindingResult(request,
                form.getObjectName());
        validator.validate(request, violations);
        violations.getFieldErrors().stream().filter(error -> !form.hasFieldErrors(rootField(error.getField())))
                .forEach(error -> form.addError(new org.springframework.validation.FieldError(form.getObjectName(),
                        error.getField(), error.getRejectedValue(), false, error.getCodes(), error.getArguments(),
                        error.getDefaultMessage())));
        violations.getGlobalErrors().forEach(form::addError);
    }

    private static String rootField(String field) {
        int end = field.indexOf('[');
        return end < 0 ? field : field.substring(0, end);
    }
}
