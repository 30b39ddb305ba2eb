package tw.vendorrisk.register;

public enum DocumentKind {
    /** A draft as uploaded for a clause check; the last one checked is the one signed. */
    CONTRACT_DRAFT,
    /** A service level report the vendor submitted (12.2). */
    SLA_REPORT,
    /** An audit or on-site review report (12.1, 10.3). */
    OVERSIGHT_REPORT,
    /** The vendor's certificate that it destroyed the organization's information assets (13.1.b, 13.2.3). */
    DESTRUCTION_CERT
}
