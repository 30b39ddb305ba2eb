package tw.vendorrisk.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import tw.vendorrisk.change.ChangeReassessmentProcess.Variables;
import tw.vendorrisk.common.ProcessAuthority;
import tw.vendorrisk.contract.ContractSigningProcess;
import tw.vendorrisk.register.ContractPurpose;

/** The managers decided to amend the contract: contract signing starts for an amendment of the service. */
@Component("requestAmendment")
class RequestAmendmentDelegate implements JavaDelegate {

    private final ChangeService changes;

    RequestAmendmentDelegate(ChangeService changes) {
        this.changes = changes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long serviceId = Variables.SERVICE_ID.require(execution);
        ProcessInstance amendment = ProcessAuthority.call(() -> execution.getProcessEngineServices().getRuntimeService()
                .createMessageCorrelation(ContractSigningProcess.MESSAGE_CONTRACT_REQUESTED)
                .processInstanceBusinessKey(serviceId.toString())
                .setVariable(ContractSigningProcess.Variables.SERVICE_ID.name(), serviceId)
                .setVariable(ContractSigningProcess.Variables.CONTRACT_PURPOSE.name(), ContractPurpose.AMENDMENT.name())
                .correlateStartMessage());
        changes.linkFollowUp(Variables.CHANGE_ID.require(execution), amendment.getId());
        Variables.FOLLOW_UP_PROCESS_INSTANCE_ID.set(execution, amendment.getId());
    }
}
