package tw.vendorrisk.selection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.selection.VendorSelectionProcess.Variables;

/** Writes the decision not to select the candidate to the register, with the reason (4.2.1). */
@Component("recordRejection")
class RecordRejectionDelegate implements JavaDelegate {

    private final SelectionService selection;
    private final CurrentUser currentUser;

    RecordRejectionDelegate(SelectionService selection, CurrentUser currentUser) {
        this.selection = selection;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RejectionCause cause = RejectionCause.valueOf(Variables.REJECTION_CAUSE.require(execution));
        String reason = cause.reason(execution);
        Long decisionId = selection.recordRejection(Variables.SERVICE_ID.require(execution),
                execution.getProcessInstanceId(), currentUser.id(), reason, SelectionRecord.capability(execution),
                SelectionRecord.concentration(execution), Variables.CONCENTRATION_TOO_HIGH.get(execution),
                SelectionRecord.exception(execution));
        Variables.REJECTION_REASON.set(execution, reason);
        Variables.SELECTION_DECISION_ID.set(execution, decisionId);
    }
}
