package tw.vendorrisk.oversight;

public enum OversightStatus {
    /** Planned; its timer waits in the contract's oversight schedule. */
    SCHEDULED,
    /** Under way: its tasks are in the Tasklist. */
    OPEN,
    /** Done, with its outcome. */
    DONE,
    /** Not needed any more: the contract ended first. */
    CANCELLED
}
