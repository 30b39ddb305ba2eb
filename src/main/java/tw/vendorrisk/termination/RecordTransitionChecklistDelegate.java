package tw.vendorrisk.termination;

import java.util.EnumMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.common.ProcessVariable;
import tw.vendorrisk.termination.VendorTerminationProcess.Variables;

/** Keeps the transition security requirements as checked off (13.2.1). */
@Component("recordTransitionChecklist")
class RecordTransitionChecklistDelegate implements JavaDelegate {

    private final TerminationService terminations;
    private final CurrentUser currentUser;

    RecordTransitionChecklistDelegate(TerminationService terminations, CurrentUser currentUser) {
        this.terminations = terminations;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<TransitionItem, CheckStatus> items = new EnumMap<>(TransitionItem.class);
        for (TransitionItem item : TransitionItem.values()) {
            ProcessVariable<String> checked = ProcessVariable.string(item.variable());
            if (checked.get(execution) != null) {
                items.put(item, checked.enumValue(execution, CheckStatus.class, null));
            }
        }
        terminations.recordTransition(Variables.TERMINATION_ID.require(execution),
                Variables.TRANSITION_TARGET.enumValue(execution, TransitionTarget.class, null),
                Variables.SUCCESSOR_NAME.get(execution), items, Variables.TRANSITION_NOTES.get(execution),
                currentUser.id());
    }
}
