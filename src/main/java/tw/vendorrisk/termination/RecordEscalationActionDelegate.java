package tw.vendorrisk.termination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.termination.VendorTerminationProcess.Variables;

/** Keeps what the manager does about an overdue termination, and who (13.2.5). */
@Component("recordEscalationAction")
class RecordEscalationActionDelegate implements JavaDelegate {

    private final TerminationService terminations;
    private final CurrentUser currentUser;

    RecordEscalationActionDelegate(TerminationService terminations, CurrentUser currentUser) {
        this.terminations = terminations;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        terminations.recordEscalationAction(Variables.TERMINATION_ID.require(execution),
                Variables.ESCALATION_ACTION.get(execution), currentUser.id());
    }
}
