package tw.vendorrisk.contract;

/** How far a contract covers one clause that guideline Art. 7.1 requires. */
public enum ClauseStatus {

    /** Every required element of the clause was found. */
    PRESENT,

    /** Some required elements were found, others not. */
    PARTIAL,

    /** None of the required elements was found. */
    MISSING,

    /** The clause is not required for this organization or service (category, cloud, scope). */
    NOT_APPLICABLE;

    public boolean isGap() {
        return this == PARTIAL || this == MISSING;
    }
}
