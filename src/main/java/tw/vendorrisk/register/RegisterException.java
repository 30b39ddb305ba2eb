package tw.vendorrisk.register;

import java.util.Locale;

import org.camunda.bpm.engine.BadUserRequestException;

import tw.vendorrisk.common.Translatable;

/**
 * A request the register refuses, with a message for the person who made it. As a
 * {@link BadUserRequestException} it also reaches Tasklist and engine REST users as a 400
 * when a process step raises it; {@code /api} maps it to the status below.
 */
public class RegisterException extends BadUserRequestException implements Translatable {

    public enum Kind { NOT_FOUND, CONFLICT, INVALID }

    private final Kind kind;
    private final String field;
    private final String messageCode;
    private final Object[] messageArguments;

    public RegisterException(Kind kind, String field, String message) {
        this(kind, field, message, null);
    }

    /**
     * @param messageCode the key of the message's translation in {@code messages_zh_TW.properties}
     * @param messageArguments its arguments; numbers as text
     */
    public RegisterException(Kind kind, String field, String message, String messageCode, Object... messageArguments) {
        super(message);
        this.kind = kind;
        this.field = field;
        this.messageCode = messageCode;
        this.messageArguments = messageArguments;
    }

    public static RegisterException unknownVendor(String taxId) {
        return new RegisterException(Kind.NOT_FOUND, "taxId",
                "No vendor with tax ID (統一編號) " + taxId + " is in the register. Register the vendor first.",
                "register.unknownVendor", taxId);
    }

    public static RegisterException invalidTaxId(String taxId) {
        return new RegisterException(Kind.INVALID, "taxId", "taxId " + taxId
                + " is not a valid unified business number (統一編號): 8 digits with a valid checksum.",
                "register.invalidTaxId", taxId);
    }

    /**
     * @param what the kind of record, e.g. "Clause check"; the key of the translation is then
     *        {@code register.notFound.clause-check}
     */
    public static RegisterException notFound(String what, Object id) {
        return new RegisterException(Kind.NOT_FOUND, null, what + " " + id + " does not exist.",
                "register.notFound." + what.toLowerCase(Locale.ROOT).replace(' ', '-'), String.valueOf(id));
    }

    public static RegisterException duplicateTaxId(String taxId) {
        return new RegisterException(Kind.CONFLICT, "taxId",
                "A vendor with tax ID (統一編號) " + taxId + " is already in the register.",
                "register.duplicateTaxId", taxId);
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

    @Override
    public String messageCode() {
        return messageCode;
    }

    @Override
    public Object[] messageArguments() {
        return messageArguments;
    }
}
