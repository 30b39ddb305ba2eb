package tw.vendorrisk.selection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.selection.VendorSelectionProcess.Variables;

/** Closes a selection that ends without a vendor: the proposed service is marked not selected. */
@Component("closeSelection")
class CloseSelectionDelegate implements JavaDelegate {

    private final SelectionService selection;

    CloseSelectionDelegate(SelectionService selection) {
        this.selection = selection;
    }

    @Override
    public void execute(DelegateExecution execution) {
        selection.closeWithoutVendor(Variables.SERVICE_ID.require(execution));
        Variables.SELECTION_OUTCOME.set(execution, SelectionOutcome.NOT_SELECTED.name());
    }
}
