package tw.vendorrisk.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import tw.vendorrisk.change.ChangeReassessmentProcess.Variables;
import tw.vendorrisk.common.ProcessAuthority;
import tw.vendorrisk.termination.TerminationReason;
import tw.vendorrisk.termination.VendorTerminationProcess;

/**
 * The managers decided to terminate the contract: vendor termination starts in the same
 * transaction, so the vendor's access is revoked when the decision is completed.
 */
@Component("requestTermination")
class RequestTerminationDelegate implements JavaDelegate {

    private final ChangeService changes;

    RequestTerminationDelegate(ChangeService changes) {
        this.changes = changes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long contractId = Variables.CONTRACT_ID.require(execution);
        Long changeId = Variables.CHANGE_ID.require(execution);
        ProcessInstance termination = ProcessAuthority.call(() -> execution.getProcessEngineServices()
                .getRuntimeService()
                .createMessageCorrelation(VendorTerminationProcess.MESSAGE_TERMINATION_REQUESTED)
                .processInstanceBusinessKey(contractId.toString())
                .setVariable(VendorTerminationProcess.Variables.CONTRACT_ID.name(), contractId)
                .setVariable(VendorTerminationProcess.Variables.TERMINATION_REASON.name(),
                        TerminationReason.TERMINATED.name())
                .setVariable(VendorTerminationProcess.Variables.TERMINATION_NOTES.name(),
                        Variables.OUTCOME_REASON.get(execution))
                .setVariable(VendorTerminationProcess.Variables.CHANGE_ID.name(), changeId)
                .correlateStartMessage());
        changes.linkFollowUp(changeId, termination.getId());
        Variables.FOLLOW_UP_PROCESS_INSTANCE_ID.set(execution, termination.getId());
    }
}
