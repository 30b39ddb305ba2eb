package tw.vendorrisk.register;

/** Where an outsourced service stands in its life. */
public enum ServiceStatus {
    /** Under selection. */
    PROPOSED,
    /** Vendor selected; the contract is next. */
    SELECTED,
    /** Contracted and running. */
    ACTIVE,
    /** Selection ended without a vendor. */
    NOT_SELECTED,
    /** Terminated or expired. */
    ENDED;

    /** Services that count towards the organization's concentration on a vendor. */
    public boolean countsForConcentration() {
        return this == SELECTED || this == ACTIVE;
    }
}
