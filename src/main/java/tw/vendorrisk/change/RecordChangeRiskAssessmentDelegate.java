package tw.vendorrisk.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.change.ChangeReassessmentProcess.Variables;
import tw.vendorrisk.common.CurrentUser;

/**
 * Keeps infosec's risk assessment of the changed service and its recommendation; for a vendor of
 * too high a concentration, whether its incident mechanisms are confirmed (10.1).
 */
@Component("recordChangeRiskAssessment")
class RecordChangeRiskAssessmentDelegate implements JavaDelegate {

    private final ChangeService changes;
    private final CurrentUser currentUser;

    RecordChangeRiskAssessmentDelegate(ChangeService changes, CurrentUser currentUser) {
        this.changes = changes;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Boolean incidentMechanisms = null;
        if (Boolean.TRUE.equals(Variables.CONCENTRATION_TOO_HIGH.get(execution))) {
            incidentMechanisms = Variables.INCIDENT_IDENTIFICATION.getOrDefault(execution, false)
                    && Variables.INCIDENT_RESPONSE.getOrDefault(execution, false)
                    && Variables.INCIDENT_MITIGATION.getOrDefault(execution, false);
        }
        changes.recordRiskAssessment(Variables.CHANGE_ID.require(execution),
                Variables.RISK_LEVEL.enumValue(execution, Impact.class, null), Variables.RISK_ASSESSMENT.get(execution),
                Variables.RECOMMENDED_OUTCOME.enumValue(execution, ChangeOutcome.class, null), incidentMechanisms,
                currentUser.id());
    }
}
