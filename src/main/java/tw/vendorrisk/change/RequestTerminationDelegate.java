package tw.vendorrisk.change;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import tw.vendorrisk.change.ChangeReassessmentProcess.Variables;
import tw.vendorrisk.common.FollowUpProcesses;
import tw.vendorrisk.termination.TerminationReason;
import tw.vendorrisk.termination.VendorTerminationProcess;

/**
 * The managers decided to terminate the contract: vendor termination starts in the same
 * transaction, so the vendor's access is revoked when the decision is completed.
 */
@Component("requestTermination")
class RequestTerminationDelegate implements JavaDelegate {

    private final ChangeService changes;
    private final FollowUpProcesses followUps;

    RequestTerminationDelegate(ChangeService changes, FollowUpProcesses followUps) {
        this.changes = changes;
        this.followUps = followUps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long contractId = Variables.CONTRACT_ID.require(execution);
        Long changeId = Variables.CHANGE_ID.require(execution);
        Map<String, Object> variables = new HashMap<>();
        VendorTerminationProcess.Variables.CONTRACT_ID.put(variables, contractId);
        VendorTerminationProcess.Variables.TERMINATION_REASON.put(variables, TerminationReason.TERMINATED.name());
        VendorTerminationProcess.Variables.TERMINATION_NOTES.put(variables, Variables.OUTCOME_REASON.get(execution));
        VendorTerminationProcess.Variables.CHANGE_ID.put(variables, changeId);
        ProcessInstance termination = followUps.start(VendorTerminationProcess.MESSAGE_TERMINATION_REQUESTED,
                contractId.toString(), variables);
        changes.linkFollowUp(changeId, termination.getId());
        Variables.FOLLOW_UP_PROCESS_INSTANCE_ID.set(execution, termination.getId());
    }
}
