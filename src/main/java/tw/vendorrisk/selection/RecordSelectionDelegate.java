package tw.vendorrisk.selection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.selection.VendorSelectionProcess.Variables;

/** Writes the decision to select the vendor to the register, with who decided and why (4.2.1, 4.1.c). */
@Component("recordSelection")
class RecordSelectionDelegate implements JavaDelegate {

    private final SelectionService selection;
    private final CurrentUser currentUser;

    RecordSelectionDelegate(SelectionService selection, CurrentUser currentUser) {
        this.selection = selection;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean tooHigh = Variables.CONCENTRATION_TOO_HIGH.getOrDefault(execution, false);
        Long decisionId = selection.recordSelection(Variables.SERVICE_ID.require(execution),
                execution.getProcessInstanceId(), currentUser.id(), SelectionRecord.capability(execution),
                SelectionRecord.concentration(execution), tooHigh, SelectionRecord.exception(execution));
        Variables.SELECTION_DECISION_ID.set(execution, decisionId);
        Variables.SELECTION_OUTCOME.set(execution, SelectionOutcome.SELECTED.name());
    }
}
