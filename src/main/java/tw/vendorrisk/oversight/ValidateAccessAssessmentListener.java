package tw.vendorrisk.oversight;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import tw.vendorrisk.common.InvalidVariableException;
import tw.vendorrisk.oversight.VendorAccessProcess.Variables;

/**
 * The project lead confirms least privilege (9.1) and minimal disclosure (9.2), and, when trade
 * secrets are involved, their protection (9.3); otherwise the assessment is not complete.
 */
@Component("validateAccessAssessment")
class ValidateAccessAssessmentListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        if (!Boolean.TRUE.equals(Variables.LEAST_PRIVILEGE.get(task))) {
            throw new InvalidVariableException(Variables.LEAST_PRIVILEGE.name(),
                    "must be confirmed (9.1): grant only the least access the work needs, or reduce the request.");
        }
        if (!Boolean.TRUE.equals(Variables.MINIMAL_DISCLOSURE.get(task))) {
            throw new InvalidVariableException(Variables.MINIMAL_DISCLOSURE.name(),
                    "must be confirmed (9.2): disclose only the information the work needs.");
        }
        if (Boolean.TRUE.equals(Variables.TRADE_SECRETS.get(task))
                && !Boolean.TRUE.equals(Variables.TRADE_SECRETS_PROTECTED.get(task))) {
            throw new InvalidVariableException(Variables.TRADE_SECRETS_PROTECTED.name(),
                    "must be confirmed (9.3): the access involves trade secrets, so their protection must be in place.");
        }
        String level = Variables.RISK_LEVEL.require(task);
        if (!level.equals("LOW") && !level.equals("MEDIUM") && !level.equals("HIGH")) {
            throw new InvalidVariableException(Variables.RISK_LEVEL.name(), "must be LOW, MEDIUM or HIGH, not '" + level + "'.");
        }
    }
}
