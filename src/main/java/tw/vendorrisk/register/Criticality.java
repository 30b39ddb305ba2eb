package tw.vendorrisk.register;

/** How much the organization's operations depend on an outsourced service. */
public enum Criticality {
    CRITICAL, HIGH, NORMAL
}
