package tw.vendorrisk.oversight;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.oversight.OversightCycle.Variables;

/**
 * Opens the audit, review or reporting period in the register and puts on the process what its
 * tasks show: the vendor, the period, the due date (the tasks' due date) and when it escalates.
 */
@Component("openOversightActivity")
class OpenOversightActivityDelegate implements JavaDelegate {

    private final OversightService oversight;

    OpenOversightActivityDelegate(OversightService oversight) {
        this.oversight = oversight;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OversightService.OpenedActivity opened = oversight.open(Variables.ACTIVITY_ID.require(execution),
                execution.getProcessInstanceId());
        Variables.CONTRACT_ID.set(execution, opened.contractId());
        Variables.ACTIVITY_KIND.set(execution, opened.kind().name());
        Variables.SEQUENCE_NO.set(execution, opened.sequenceNo());
        Variables.PERIOD.set(execution, opened.periodStart() + " – " + opened.periodEnd());
        Variables.ACTIVITY_DUE_AT.set(execution, opened.dueAt());
        Variables.ESCALATE_AT.set(execution, opened.escalateAt());
        Variables.VENDOR_NAME.set(execution, opened.vendorName());
        Variables.SERVICE_DESCRIPTION.set(execution, opened.serviceDescription());
    }
}
