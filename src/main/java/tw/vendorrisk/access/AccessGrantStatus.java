package tw.vendorrisk.access;

public enum AccessGrantStatus {
    /** Asked for; being assessed and decided. */
    REQUESTED,
    /** Refused by the approver. */
    REFUSED,
    /** Granted and in force until its expiry. */
    ACTIVE,
    /** Taken away (expired, contract ended, terminated). */
    REVOKED
}
