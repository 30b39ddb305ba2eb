package tw.vendorrisk.oversight;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.oversight.ContractOversightProcess.Variables;

/** Plans the contract's audits, on-site reviews and SLA reports over its term in the register. */
@Component("planOversight")
class PlanOversightDelegate implements JavaDelegate {

    private final OversightService oversight;

    PlanOversightDelegate(OversightService oversight) {
        this.oversight = oversight;
    }

    @Override
    public void execute(DelegateExecution execution) {
        oversight.plan(Variables.CONTRACT_ID.require(execution));
    }
}
