package tw.vendorrisk.contract;

import static tw.vendorrisk.common.ProcessVariable.longValue;
import static tw.vendorrisk.common.ProcessVariable.string;

import tw.vendorrisk.common.ProcessVariable;

/**
 * A contract ended: its term is over ({@code CONTRACT_ENDED}) or it was terminated ({@code TERMINATED}),
 * the reason the register keeps with the contract. Published in the transaction that ends it, so what
 * the listeners stop (vendor access, scheduled oversight) stops with it or not at all. Every process
 * waiting for the contract's end then gets the message {@value #MESSAGE}.
 */
public record ContractEnded(Long contractId, String reason, String endedBy) {

    /** Sent to every process instance whose variable {@code contractId} is the contract, with {@code endReason}. */
    public static final String MESSAGE = "Msg_ContractEnded";
    public static final ProcessVariable<Long> CONTRACT_ID = longValue("contractId");
    public static final ProcessVariable<String> END_REASON = string("endReason");
}
