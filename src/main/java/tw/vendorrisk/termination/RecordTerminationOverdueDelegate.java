package tw.vendorrisk.termination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.termination.VendorTerminationProcess.Variables;

/** The deadline passed (13.2.5): the register marks the termination escalated; managers see what is open. */
@Component("recordTerminationOverdue")
class RecordTerminationOverdueDelegate implements JavaDelegate {

    private final TerminationService terminations;

    RecordTerminationOverdueDelegate(TerminationService terminations) {
        this.terminations = terminations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Variables.OPEN_ITEMS.set(execution, terminations.markOverdue(Variables.TERMINATION_ID.require(execution)));
    }
}
