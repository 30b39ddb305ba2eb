package tw.vendorrisk.selection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.common.InvalidVariableException;
import tw.vendorrisk.register.NewNda;
import tw.vendorrisk.selection.VendorSelectionProcess.Variables;

/** Writes the NDA procurement recorded to the register (Art. 5), in the task's transaction. */
@Component("storeNda")
class StoreNdaDelegate implements JavaDelegate {

    private final SelectionService selection;
    private final CurrentUser currentUser;

    StoreNdaDelegate(SelectionService selection, CurrentUser currentUser) {
        this.selection = selection;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = Variables.NDA_REFERENCE.require(execution).strip();
        if (reference.isEmpty()) {
            throw new InvalidVariableException(Variables.NDA_REFERENCE.name(), "must name the signed NDA.");
        }
        NewNda nda = new NewNda(reference, Variables.NDA_SIGNED_ON.requireDate(execution),
                Variables.NDA_VALID_UNTIL.date(execution));
        selection.storeNda(Variables.VENDOR_ID.require(execution), Variables.SERVICE_ID.require(execution), nda,
                currentUser.id());
    }
}
