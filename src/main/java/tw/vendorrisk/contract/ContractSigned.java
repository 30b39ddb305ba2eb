package tw.vendorrisk.contract;

/**
 * A contract was signed and its terms are in the register. Published at the end of contract signing,
 * in the engine's transaction; the oversight schedule starts from it.
 */
public record ContractSigned(Long contractId) {
}
