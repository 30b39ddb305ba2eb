package tw.vendorrisk.access;

/** What vendor staff may do with the organization's information assets (Art. 9). */
public enum AccessKind {
    OBTAIN, USE, KEEP, QUERY, MODIFY, ADJUST, DESTROY
}
