package tw.vendorrisk.common;

/** The user is known but lacks the right: 403. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
