package tw.vendorrisk.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.change.ChangeReassessmentProcess.Variables;
import tw.vendorrisk.common.CurrentUser;

/** Keeps the managers' decision on a significant change: accept, amend or terminate. */
@Component("recordChangeOutcome")
class RecordChangeOutcomeDelegate implements JavaDelegate {

    private final ChangeService changes;
    private final CurrentUser currentUser;

    RecordChangeOutcomeDelegate(ChangeService changes, CurrentUser currentUser) {
        this.changes = changes;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ChangeOutcome outcome = Variables.CHANGE_OUTCOME.enumValue(execution, ChangeOutcome.class, null);
        changes.recordOutcome(Variables.CHANGE_ID.require(execution), outcome, Variables.OUTCOME_REASON.get(execution),
                currentUser.id());
        Variables.CHANGE_OUTCOME.set(execution, outcome.name());
    }
}
