package tw.vendorrisk.oversight;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import tw.vendorrisk.common.FollowUpProcesses;
import tw.vendorrisk.contract.ContractEnded;
import tw.vendorrisk.contract.ContractSigned;
import tw.vendorrisk.oversight.ContractOversightProcess.Variables;

/**
 * A signed contract starts its oversight schedule ({@code contract-oversight}); an ended one cancels
 * its scheduled and open activities and stops the schedule. Both in the transaction of the contract's
 * signing or end. The schedule is the organization's: it starts whatever rights the signer has.
 */
@Component
class ContractEventsListener {

    private final FollowUpProcesses followUps;
    private final OversightService oversight;
    private final RuntimeService runtimeService;

    ContractEventsListener(FollowUpProcesses followUps, OversightService oversight, RuntimeService runtimeService) {
        this.followUps = followUps;
        this.oversight = oversight;
        this.runtimeService = runtimeService;
    }

    @EventListener
    void startSchedule(ContractSigned signed) {
        followUps.start(ContractOversightProcess.MESSAGE_CONTRACT_SIGNED, signed.contractId().toString(),
                Map.of(Variables.CONTRACT_ID.name(), signed.contractId()));
    }

    @EventListener
    void stopSchedule(ContractEnded ended) {
        oversight.cancelAll(ended.contractId());
        runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ContractOversightProcess.KEY)
                .variableValueEquals(Variables.CONTRACT_ID.name(), ended.contractId())
                .list()
                .forEach(instance -> runtimeService.createMessageCorrelation(
                                ContractOversightProcess.MESSAGE_CONTRACT_ENDED)
                        .processInstanceId(instance.getId())
                        .setVariable(Variables.END_REASON.name(), ended.reason())
                        .correlateAll());
    }
}
