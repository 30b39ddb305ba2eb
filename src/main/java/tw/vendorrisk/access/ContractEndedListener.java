package tw.vendorrisk.access;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import tw.vendorrisk.contract.ContractEnded;

/**
 * When a contract ends, every active access under it is revoked at once (8.2, 13.1.a), and each
 * {@code vendor-access} process of the contract is told, so it revokes or refuses its own grant and
 * ends. In the transaction that ends the contract.
 */
@Component
class ContractEndedListener {

    private final AccessService access;
    private final RuntimeService runtimeService;

    ContractEndedListener(AccessService access, RuntimeService runtimeService) {
        this.access = access;
        this.runtimeService = runtimeService;
    }

    @EventListener
    void revokeAccess(ContractEnded ended) {
        access.revokeAllForContract(ended.contractId(), RevocationReason.valueOf(ended.reason()), ended.endedBy());
        runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(VendorAccessProcess.KEY)
                .variableValueEquals(VendorAccessProcess.Variables.CONTRACT_ID.name(), ended.contractId())
                .list()
                .forEach(instance -> runtimeService.createMessageCorrelation(VendorAccessProcess.MESSAGE_CONTRACT_ENDED)
                        .processInstanceId(instance.getId())
                        .setVariable(VendorAccessProcess.Variables.END_REASON.name(), ended.reason())
                        .correlateAll());
    }
}
