package tw.vendorrisk.termination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.termination.VendorTerminationProcess.Variables;

/** Every asset is disposed of, the transition checked and the confidentiality recorded: the termination is complete. */
@Component("completeTermination")
class CompleteTerminationDelegate implements JavaDelegate {

    private final TerminationService terminations;

    CompleteTerminationDelegate(TerminationService terminations) {
        this.terminations = terminations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        terminations.complete(Variables.TERMINATION_ID.require(execution));
    }
}
