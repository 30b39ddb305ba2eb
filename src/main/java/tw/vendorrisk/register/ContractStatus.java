package tw.vendorrisk.register;

public enum ContractStatus {
    /** Drafts are exchanged and checked. */
    DRAFTING,
    /** Signed; the arrangement runs under it. */
    SIGNED,
    /** Ended (expired, terminated, rescinded). */
    ENDED
}
