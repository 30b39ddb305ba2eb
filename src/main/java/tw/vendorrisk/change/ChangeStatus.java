package tw.vendorrisk.change;

public enum ChangeStatus {
    /** Reported; the project lead analyses the impact. */
    REPORTED,
    /** Impact analysed and significant; the checks and infosec's assessment follow. */
    ANALYSED,
    /** Infosec assessed the risk; managers decide. */
    ASSESSED,
    /** Decided (or found not significant). */
    CLOSED
}
