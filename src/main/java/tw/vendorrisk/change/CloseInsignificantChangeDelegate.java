package tw.vendorrisk.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.change.ChangeReassessmentProcess.Variables;

/** A change the DMN table found not significant is recorded and closed. */
@Component("closeInsignificantChange")
class CloseInsignificantChangeDelegate implements JavaDelegate {

    private final ChangeService changes;

    CloseInsignificantChangeDelegate(ChangeService changes) {
        this.changes = changes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        changes.closeInsignificant(Variables.CHANGE_ID.require(execution));
        Variables.CHANGE_OUTCOME.set(execution, ChangeOutcome.NOT_SIGNIFICANT.name());
    }
}
