package tw.vendorrisk.change;

/** Who brought the change up. */
public enum ChangeSource {
    /** The vendor's notice (7.1.1.5, 7.1.5.6). */
    VENDOR_NOTICE,
    /** A request inside the organization. */
    INTERNAL_REQUEST
}
