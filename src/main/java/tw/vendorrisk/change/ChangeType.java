package tw.vendorrisk.change;

/** What changes in a contracted service. */
public enum ChangeType {
    /** The scope of the service. */
    SCOPE,
    /** The system architecture. */
    ARCHITECTURE,
    /** Where the organization's data is kept or processed. */
    DATA_LOCATION,
    /** A new or replaced subcontractor (7.1.2.2). */
    SUBCONTRACTOR,
    /** The cloud region the service runs in. */
    CLOUD_REGION,
    OTHER
}
