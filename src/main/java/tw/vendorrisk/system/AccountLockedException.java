package tw.vendorrisk.system;

import org.springframework.security.authentication.LockedException;

/**
 * Camunda's login throttling refused the sign-in: the user must wait after a wrong password (3, 6, 12 …
 * up to 60 seconds), or is locked after 10 wrong passwords in a row until an administrator unlocks it.
 */
final class AccountLockedException extends LockedException {

    private final boolean permanent;

    AccountLockedException(String userId, boolean permanent) {
        super(permanent ? "User " + userId + " is locked after too many wrong passwords"
                : "User " + userId + " must wait after a wrong password");
        this.permanent = permanent;
    }

    /** Locked until an administrator unlocks the user, not just for a few seconds. */
    boolean permanent() {
        return permanent;
    }
}
