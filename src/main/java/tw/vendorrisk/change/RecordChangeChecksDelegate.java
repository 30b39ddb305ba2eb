package tw.vendorrisk.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.change.ChangeReassessmentProcess.Variables;

/** Keeps what the selection's certificate and concentration checks found for the changed service. */
@Component("recordChangeChecks")
class RecordChangeChecksDelegate implements JavaDelegate {

    private final ChangeService changes;

    RecordChangeChecksDelegate(ChangeService changes) {
        this.changes = changes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        changes.recordChecks(Variables.CHANGE_ID.require(execution), Variables.CERTIFICATES_SUFFICIENT.get(execution),
                Variables.CERTIFICATE_SHORTFALL.get(execution), Variables.CONCENTRATION_TOO_HIGH.get(execution),
                Variables.CONCENTRATION_FINDINGS.get(execution));
    }
}
