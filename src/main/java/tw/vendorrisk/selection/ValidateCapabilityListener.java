package tw.vendorrisk.selection;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import tw.vendorrisk.common.InvalidVariableException;
import tw.vendorrisk.common.ProcessVariable;
import tw.vendorrisk.selection.VendorSelectionProcess.Variables;

/**
 * Refuses to complete the capability assessment (4.2.1) unless every score is a whole number from
 * 1 to 5 and the decision is given, whatever client completes the task.
 */
@Component("validateCapability")
class ValidateCapabilityListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        for (ProcessVariable<Number> score : java.util.List.of(Variables.FINANCIAL_SCORE, Variables.MANAGEMENT_SCORE,
                Variables.PROFESSIONAL_SCORE, Variables.OPERATING_SCORE, Variables.TRACK_RECORD_SCORE)) {
            Number value = score.require(task);
            if (value.doubleValue() != Math.rint(value.doubleValue()) || value.intValue() < 1 || value.intValue() > 5) {
                throw new InvalidVariableException(score.name(), "must be a score from 1 to 5, not " + value + ".");
            }
        }
        Variables.VENDOR_CAPABLE.require(task);
    }
}
