package tw.vendorrisk.termination;

/** Where an information asset of an arrangement stands (13.2.2). */
public enum AssetStatus {
    /** Used in the arrangement; the vendor may hold it. */
    IN_USE,
    /** Taken back by the organization at the end of the arrangement (13.1.b). */
    RETURNED,
    /** Destroyed by the vendor, with a destruction certificate (13.1.b, 13.2.3). */
    DESTROYED,
    /** Handed over to the successor: the organization's own team or a new vendor (13.2.2). */
    HANDED_OVER
}
