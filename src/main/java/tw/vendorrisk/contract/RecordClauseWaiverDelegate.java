package tw.vendorrisk.contract;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.contract.ContractSigningProcess.Variables;

/** Records the manager's waiver of the clause gaps, right after the approval, with who and why. */
@Component("recordClauseWaiver")
class RecordClauseWaiverDelegate implements JavaDelegate {

    private final ContractService contracts;
    private final CurrentUser currentUser;

    RecordClauseWaiverDelegate(ContractService contracts, CurrentUser currentUser) {
        this.contracts = contracts;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String manager = currentUser.id();
        contracts.recordWaiver(Variables.CONTRACT_ID.require(execution), Variables.WAIVER_REASON.require(execution),
                manager);
        Variables.WAIVER_DECIDED_BY.set(execution, manager);
    }
}
