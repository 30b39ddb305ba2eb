package tw.vendorrisk.termination;

public enum TerminationStatus {
    /** Access is revoked; assets, transition and confidentiality are being handled. */
    IN_PROGRESS,
    /** Every asset is disposed of, the transition checked, the confidentiality recorded. */
    COMPLETED
}
