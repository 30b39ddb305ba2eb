package tw.vendorrisk.access;

/** Why vendor access ended (8.2, 13.1.a). */
public enum RevocationReason {
    /** The grant reached the date it was granted until. */
    EXPIRED,
    /** The contract reached the end of its term. */
    CONTRACT_ENDED,
    /** The contract was terminated, rescinded or ended by order of the regulator. */
    TERMINATED
}
