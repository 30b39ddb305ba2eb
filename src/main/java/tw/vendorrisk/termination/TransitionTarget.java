package tw.vendorrisk.termination;

/** Where the service goes after the arrangement (13.2.1). */
public enum TransitionTarget {
    /** Back in-house. */
    IN_HOUSE,
    /** To another vendor. */
    NEW_VENDOR,
    /** Nowhere: the service is discontinued. */
    DISCONTINUED
}
