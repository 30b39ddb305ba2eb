package tw.vendorrisk.common;

/** The user is known but lacks the right: 403. */
public class ForbiddenException extends RuntimeException implements Translatable {

    private final String messageCode;
    private final Object[] messageArguments;

    public ForbiddenException(String message) {
        this(message, null);
    }

    /** @param messageCode the key of the message's translation in {@code messages_zh_TW.properties} */
    public ForbiddenException(String message, String messageCode, Object... messageArguments) {
        super(message);
        this.messageCode = messageCode;
        this.messageArguments = messageArguments;
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
