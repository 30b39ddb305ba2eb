package tw.vendorrisk.termination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.termination.VendorTerminationProcess.Variables;

/** Keeps the confidentiality that continues after the end, with its end date if any (13.2.4). */
@Component("storeConfidentialityContinuation")
class StoreConfidentialityContinuationDelegate implements JavaDelegate {

    private final TerminationService terminations;
    private final CurrentUser currentUser;

    StoreConfidentialityContinuationDelegate(TerminationService terminations, CurrentUser currentUser) {
        this.terminations = terminations;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        terminations.recordConfidentiality(Variables.TERMINATION_ID.require(execution),
                Variables.CONFIDENTIALITY_CONTINUES.require(execution), Variables.CONFIDENTIALITY_UNTIL.date(execution),
                Variables.CONFIDENTIALITY_NOTES.get(execution), currentUser.id());
    }
}
