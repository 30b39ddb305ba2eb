package tw.vendorrisk.oversight;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.oversight.OversightCycle.Variables;

/** Records how a finding was remedied, by whom and when. */
@Component("resolveRemediation")
class ResolveRemediationDelegate implements JavaDelegate {

    private final OversightService oversight;
    private final CurrentUser currentUser;

    ResolveRemediationDelegate(OversightService oversight, CurrentUser currentUser) {
        this.oversight = oversight;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        oversight.resolveRemediation(Variables.REMEDIATION_ITEM_ID.require(execution),
                Variables.RESOLUTION.require(execution), currentUser.id());
    }
}
