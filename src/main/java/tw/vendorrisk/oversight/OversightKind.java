package tw.vendorrisk.oversight;

/** The recurring oversight of a running contract. */
public enum OversightKind {
    /** On-site staff and access review, at least every six months (10.3-10.5). */
    ONSITE_REVIEW,
    /** Service level report from the vendor, at the contract's reporting frequency (12.2). */
    SLA_REPORT,
    /** Audit of the vendor, at least once a year (12.1). */
    AUDIT
}
