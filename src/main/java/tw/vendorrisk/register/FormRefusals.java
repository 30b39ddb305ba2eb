package tw.vendorrisk.register;

import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

import tw.vendorrisk.common.InvalidVariableException;
import tw.vendorrisk.common.MissingVariableException;

/**
 * A refusal by the register or by a process start, shown on the page's form next to the field it names,
 * else above the form. The message codes are {@code refused.<field>} (the page's bundle says it in the
 * user's language when that field has one reason to be refused, e.g. {@code refused.periodEnd}), then
 * {@code refused.<kind>} for the tax ID's, then {@code refused}; the arguments are the refusal's own
 * message and the value the field held.
 */
public final class FormRefusals {

    private FormRefusals() {
    }

    /**
     * Does what a form asks unless it came back with errors already, and shows a refusal (a
     * {@link BadUserRequestException}: the register's, a process start's) on the form. A vendor, service or
     * contract that does not exist is not the form's problem: it stays an exception (404).
     *
     * @return what the action returned, or empty when the form has errors
     */
    public static <T> Optional<T> attempt(BindingResult form, Supplier<T> action) {
        if (form.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(action.get());
        } catch (BadUserRequestException refused) {
            if (refused instanceof RegisterException register && register.getKind() == RegisterException.Kind.NOT_FOUND) {
                throw register;
            }
            show(refused, form);
            return Optional.empty();
        }
    }

    public static void show(RuntimeException refusal, BindingResult form) {
        String field = null;
        String kindCode = null;
        if (refusal instanceof RegisterException register) {
            field = register.getField();
            kindCode = "taxId".equals(field) ? "refused.taxId." + register.getKind().name().toLowerCase() : null;
        } else if (refusal instanceof InvalidVariableException invalid) {
            field = invalid.getVariable();
        } else if (refusal instanceof MissingVariableException missing) {
            field = missing.getVariable();
        }
        boolean onForm = field != null && new BeanWrapperImpl(form.getTarget()).isReadableProperty(field);
        Object value = onForm ? form.getRawFieldValue(field) : null;
        Object shown = onForm ? form.getFieldValue(field) : null;
        Object[] arguments = {refusal.getMessage(), shown == null ? "" : shown};
        String[] codes = kindCode != null ? new String[] {kindCode, "refused." + field, "refused"}
                : field != null ? new String[] {"refused." + field, "refused"} : new String[] {"refused"};
        if (onForm) {
            form.addError(new org.springframework.validation.FieldError(form.getObjectName(), field, value, false,
                    codes, arguments, refusal.getMessage()));
        } else {
            form.addError(new org.springframework.validation.ObjectError(form.getObjectName(), codes, arguments,
                    refusal.getMessage()));
        }
    }
}
