package tw.vendorrisk.selection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import tw.vendorrisk.selection.VendorSelectionProcess.Variables;

/**
 * Marks why a candidate is turned down, as an execution listener on each "no" flow:
 * {@code ${selectionRejections.mark(execution, 'NOT_CAPABLE')}}.
 */
@Component("selectionRejections")
public class SelectionRejections {

    public void mark(DelegateExecution execution, String cause) {
        Variables.REJECTION_CAUSE.set(execution, RejectionCause.valueOf(cause).name());
    }
}
