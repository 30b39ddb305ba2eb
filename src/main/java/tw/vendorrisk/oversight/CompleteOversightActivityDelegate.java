package tw.vendorrisk.oversight;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.oversight.OversightCycle.Variables;

/**
 * Completes the audit, review or report in the register with its outcome: for an SLA report
 * whether the service levels were met, otherwise whether there were findings.
 */
@Component("completeOversightActivity")
class CompleteOversightActivityDelegate implements JavaDelegate {

    private final OversightService oversight;
    private final CurrentUser currentUser;

    CompleteOversightActivityDelegate(OversightService oversight, CurrentUser currentUser) {
        this.oversight = oversight;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String outcome = outcome(execution);
        Variables.OUTCOME.set(execution, outcome);
        oversight.complete(Variables.ACTIVITY_ID.require(execution), outcome, Variables.SUMMARY.get(execution),
                Variables.REPORT_DOCUMENT_ID.get(execution), currentUser.id());
    }

    static String outcome(DelegateExecution execution) {
        Boolean slaMet = Variables.SLA_MET.get(execution);
        if (slaMet != null) {
            return slaMet ? OversightCycle.OUTCOME_SLA_MET : OversightCycle.OUTCOME_SLA_MISSED;
        }
        return Variables.FINDING_COUNT.getOrDefault(execution, 0) > 0 ? OversightCycle.OUTCOME_FINDINGS
                : OversightCycle.OUTCOME_SATISFACTORY;
    }
}
