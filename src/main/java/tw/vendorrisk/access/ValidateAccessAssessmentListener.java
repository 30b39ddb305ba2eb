package tw.vendorrisk.access;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import tw.vendorrisk.common.InvalidVariableException;
import tw.vendorrisk.access.VendorAccessProcess.Variables;

/**
 * The project lead's risk assessment is complete only when it confirms least privilege and minimal
 * disclosure (9.1), controls for each kind of access asked for (9.2), the vendor's guarantee to use
 * the access only within the scope requested (9.3.2) and, when trade secrets are involved, access
 * controls no weaker than agreed and than the Trade Secrets Act (9.3.1).
 */
@Component("validateAccessAssessment")
class ValidateAccessAssessmentListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        if (!Boolean.TRUE.equals(Variables.LEAST_PRIVILEGE.get(task))) {
            throw new InvalidVariableException(Variables.LEAST_PRIVILEGE.name(),
                    "must be confirmed (9.1): grant only the least access, and disclose only the information, the "
                            + "work needs, within the law; or reduce the request.");
        }
        if (!Boolean.TRUE.equals(Variables.ACCESS_CONTROLS_PER_KIND.get(task))) {
            throw new InvalidVariableException(Variables.ACCESS_CONTROLS_PER_KIND.name(),
                    "must be confirmed (9.2): each kind of access asked for needs its control.");
        }
        if (!Boolean.TRUE.equals(Variables.USE_WITHIN_SCOPE.get(task))) {
            throw new InvalidVariableException(Variables.USE_WITHIN_SCOPE.name(),
                    "must be confirmed (9.3.2): the vendor guarantees to use the access only within the scope requested.");
        }
        if (Boolean.TRUE.equals(Variables.TRADE_SECRETS.get(task))
                && !Boolean.TRUE.equals(Variables.TRADE_SECRETS_PROTECTED.get(task))) {
            throw new InvalidVariableException(Variables.TRADE_SECRETS_PROTECTED.name(),
                    "must be confirmed (9.3.1): the access involves trade secrets, so the vendor's access controls "
                            + "must be no weaker than agreed and than the Trade Secrets Act.");
        }
        String level = Variables.RISK_LEVEL.require(task);
        if (!level.equals("LOW") && !level.equals("MEDIUM") && !level.equals("HIGH")) {
            throw new InvalidVariableException(Variables.RISK_LEVEL.name(), "must be LOW, MEDIUM or HIGH, not '" + level + "'.");
        }
    }
}
