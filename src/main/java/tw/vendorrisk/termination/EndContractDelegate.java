package tw.vendorrisk.termination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.common.ProcessAuthority;
import tw.vendorrisk.termination.VendorTerminationProcess.Variables;

/**
 * The termination's first step, in the start's transaction: ends the contract, revokes every active
 * access grant and cancels its oversight (13.1.a, 8.2), so no access is left when the first task
 * appears. Processes waiting for the contract's end are stopped on the process's own authority.
 */
@Component("endContract")
class EndContractDelegate implements JavaDelegate {

    private final TerminationService terminations;
    private final CurrentUser currentUser;

    EndContractDelegate(TerminationService terminations, CurrentUser currentUser) {
        this.terminations = terminations;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long contractId = Variables.CONTRACT_ID.require(execution);
        TerminationReason reason = Variables.TERMINATION_REASON.enumValue(execution, TerminationReason.class, null);
        String notes = Variables.TERMINATION_NOTES.get(execution);
        Long changeId = Variables.CHANGE_ID.get(execution);
        String user = currentUser.id() != null ? currentUser.id() : Variables.REQUESTED_BY.get(execution);
        String processInstanceId = execution.getProcessInstanceId();
        TerminationService.Started started = ProcessAuthority.call(() ->
                terminations.start(contractId, reason, notes, changeId, user, processInstanceId));
        Variables.CONTRACT_ID.set(execution, contractId);
        Variables.TERMINATION_ID.set(execution, started.terminationId());
        Variables.SERVICE_ID.set(execution, started.serviceId());
        Variables.VENDOR_NAME.set(execution, started.vendorName());
        Variables.SERVICE_DESCRIPTION.set(execution, started.serviceDescription());
        Variables.ACCESS_REVOKED.set(execution, started.accessRevoked());
        Variables.OVERSIGHT_CANCELLED.set(execution, started.oversightCancelled());
        Variables.ASSET_COUNT.set(execution, started.assetCount());
        Variables.DEADLINE_DAYS.set(execution, started.deadlineDays());
        Variables.TERMINATION_DEADLINE.set(execution, started.deadline());
        execution.setProcessBusinessKey(contractId.toString());
    }
}
