package tw.vendorrisk.change;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import tw.vendorrisk.change.ChangeReassessmentProcess.Variables;
import tw.vendorrisk.common.FollowUpProcesses;
import tw.vendorrisk.contract.ContractSigningProcess;
import tw.vendorrisk.register.ContractPurpose;

/** The managers decided to amend the contract: contract signing starts for an amendment of the service. */
@Component("requestAmendment")
class RequestAmendmentDelegate implements JavaDelegate {

    private final ChangeService changes;
    private final FollowUpProcesses followUps;

    RequestAmendmentDelegate(ChangeService changes, FollowUpProcesses followUps) {
        this.changes = changes;
        this.followUps = followUps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long serviceId = Variables.SERVICE_ID.require(execution);
        ProcessInstance amendment = followUps.start(ContractSigningProcess.MESSAGE_CONTRACT_REQUESTED,
                serviceId.toString(), Map.of(
                        ContractSigningProcess.Variables.SERVICE_ID.name(), serviceId,
                        ContractSigningProcess.Variables.CONTRACT_PURPOSE.name(), ContractPurpose.AMENDMENT.name()));
        changes.linkFollowUp(Variables.CHANGE_ID.require(execution), amendment.getId());
        Variables.FOLLOW_UP_PROCESS_INSTANCE_ID.set(execution, amendment.getId());
    }
}
