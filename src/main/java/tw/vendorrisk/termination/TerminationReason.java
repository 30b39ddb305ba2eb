package tw.vendorrisk.termination;

import tw.vendorrisk.access.RevocationReason;

/** Why an arrangement ends (13.1, 7.1.1.14). */
public enum TerminationReason {
    /** The term is over (期滿). */
    EXPIRED,
    /** Ended by notice or agreement (終止). */
    TERMINATED,
    /** Rescinded (解除). */
    RESCINDED,
    /** Ended because the regulator so ordered (主管機關通知終止或解除). */
    REGULATOR_ORDER;

    /** How the register records the end of the vendor's access (8.2, 13.1.a). */
    public RevocationReason revocationReason() {
        return this == EXPIRED ? RevocationReason.CONTRACT_ENDED : RevocationReason.TERMINATED;
    }
}
