package tw.vendorrisk.change;

/** What came of a change. */
public enum ChangeOutcome {
    /** The DMN table found it not significant: recorded and closed. */
    NOT_SIGNIFICANT,
    /** Accepted under the running contract. */
    ACCEPT,
    /** The contract is amended (contract-signing, purpose AMENDMENT). */
    AMEND,
    /** The contract is terminated (vendor-termination). */
    TERMINATE
}
