package tw.vendorrisk.contract;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.contract.ContractSigningProcess.Variables;

/** Records legal's confirmation that the vendor's confidentiality undertaking is complete (7.2). */
@Component("recordConfidentialityUndertaking")
class RecordConfidentialityUndertakingDelegate implements JavaDelegate {

    private final ContractService contracts;
    private final CurrentUser currentUser;

    RecordConfidentialityUndertakingDelegate(ContractService contracts, CurrentUser currentUser) {
        this.contracts = contracts;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String user = currentUser.id();
        contracts.confirmConfidentialityUndertaking(Variables.CONTRACT_ID.require(execution), user);
        Variables.UNDERTAKING_CONFIRMED_BY.set(execution, user);
    }
}
