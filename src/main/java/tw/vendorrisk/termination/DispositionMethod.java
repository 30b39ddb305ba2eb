package tw.vendorrisk.termination;


/** What becomes of an information asset at the end of an arrangement (13.1.b, 13.2.2, 13.2.3). */
public enum DispositionMethod {
    /** The vendor returns it to the organization. */
    RETURN(AssetStatus.RETURNED),
    /** The vendor destroys it and certifies the destruction. */
    DESTROY(AssetStatus.DESTROYED),
    /** It goes to the successor: a new vendor or the organization's own team. */
    HAND_OVER(AssetStatus.HANDED_OVER);

    private final AssetStatus outcome;

    DispositionMethod(AssetStatus outcome) {
        this.outcome = outcome;
    }

    public AssetStatus outcome() {
        return outcome;
    }
}
