package tw.vendorrisk.contract;

/**
 * A contract ended: its term is over ({@code CONTRACT_ENDED}) or it was terminated ({@code TERMINATED}),
 * the reason the register keeps with the contract. Published in the transaction that ends it, so what
 * the listeners stop (vendor access, the oversight schedule) stops with it or not at all.
 */
public record ContractEnded(Long contractId, String reason, String endedBy) {
}
