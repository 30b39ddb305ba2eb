package tw.vendorrisk.register;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A request the register refuses, with a message for the person who made it. As a
 * {@link BadUserRequestException} it also reaches Tasklist and engine REST users as a 400
 * when a process step raises it; {@code /api} maps it to the status below.
 */
public class RegisterException extends BadUserRequestException {

    public enum Kind { NOT_FOUND, CONFLICT, INVALID }

    private final Kind kind;
    private final String field;

    public RegisterException(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public static RegisterException unknownVendor(String taxId) {
        return new RegisterException(Kind.NOT_FOUND, "taxId",
                "No vendor with tax ID (統一編號) " + taxId + " is in the register. Register the vendor first.");
    }

    public static RegisterException invalidTaxId(String taxId) {
        return new RegisterException(Kind.INVALID, "taxId", "taxId " + taxId
                + " is not a valid unified business number (統一編號): 8 digits with a valid checksum.");
    }

    public static RegisterException notFound(String what, Object id) {
        return new RegisterException(Kind.NOT_FOUND, null, what + " " + id + " does not exist.");
    }

    public static RegisterException duplicateTaxId(String taxId) {
        return new RegisterException(Kind.CONFLICT, "taxId",
                "A vendor with tax ID (統一編號) " + taxId + " is already in the register.");
    }

    public static RegisterException invalid(String field, String message) {
        return new RegisterException(Kind.INVALID, field, message);
    }

    public Kind getKind() {
        return kind;
    }

    public String getField() {
        return field;
    }
}
