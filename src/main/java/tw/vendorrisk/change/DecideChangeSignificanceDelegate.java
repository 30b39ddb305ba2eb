package tw.vendorrisk.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.change.ChangeReassessmentProcess.Variables;
import tw.vendorrisk.common.CurrentUser;

/**
 * Keeps the project lead's impact analysis in the register and asks the DMN table
 * {@code change-significance} whether the change is significant (Art. 11).
 */
@Component("decideChangeSignificance")
class DecideChangeSignificanceDelegate implements JavaDelegate {

    private final ChangeService changes;
    private final CurrentUser currentUser;

    DecideChangeSignificanceDelegate(ChangeService changes, CurrentUser currentUser) {
        this.changes = changes;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ImpactAnalysis analysis = new ImpactAnalysis(
                Variables.CONFIDENTIALITY_IMPACT.enumValue(execution, Impact.class, null),
                Variables.CONFIDENTIALITY_REASON.get(execution),
                Variables.INTEGRITY_IMPACT.enumValue(execution, Impact.class, null),
                Variables.INTEGRITY_REASON.get(execution),
                Variables.AVAILABILITY_IMPACT.enumValue(execution, Impact.class, null),
                Variables.AVAILABILITY_REASON.get(execution));
        ChangeSignificance.Result result = changes.recordImpact(Variables.CHANGE_ID.require(execution), analysis,
                currentUser.id());
        Variables.SIGNIFICANT.set(execution, result.significant());
        Variables.SIGNIFICANCE_REASON.set(execution, result.reason());
    }
}
