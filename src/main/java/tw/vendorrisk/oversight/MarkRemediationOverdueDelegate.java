package tw.vendorrisk.oversight;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.oversight.OversightCycle.Variables;

/** A finding not remedied by its due date is marked as escalated to managers. */
@Component("markRemediationOverdue")
class MarkRemediationOverdueDelegate implements JavaDelegate {

    private final OversightService oversight;

    MarkRemediationOverdueDelegate(OversightService oversight) {
        this.oversight = oversight;
    }

    @Override
    public void execute(DelegateExecution execution) {
        oversight.markRemediationEscalated(Variables.REMEDIATION_ITEM_ID.require(execution));
    }
}
