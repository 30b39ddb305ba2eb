package tw.vendorrisk.termination;

/** How a transition requirement was checked off. */
public enum CheckStatus {
    DONE,
    /** Does not apply to this transition; the notes say why. */
    NOT_APPLICABLE
}
