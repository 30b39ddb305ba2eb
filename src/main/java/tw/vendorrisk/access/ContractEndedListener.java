package tw.vendorrisk.access;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import tw.vendorrisk.contract.ContractEnded;

/**
 * When a contract ends, every active access under it is revoked at once (8.2, 13.1.a), in the
 * transaction that ends the contract. The {@code vendor-access} processes of the contract then end on
 * the message {@value ContractEnded#MESSAGE}.
 */
@Component
class ContractEndedListener {

    private final AccessService access;

    ContractEndedListener(AccessService access) {
        this.access = access;
    }

    @EventListener
    void revokeAccess(ContractEnded ended) {
        access.revokeAllForContract(ended.contractId(), RevocationReason.valueOf(ended.reason()), ended.endedBy());
    }
}
