package tw.vendorrisk.register;

public enum DocumentKind {
    /** A draft as uploaded for a clause check; the last one checked is the one signed. */
    CONTRACT_DRAFT
}
