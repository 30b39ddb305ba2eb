package tw.vendorrisk.contract;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.contract.ContractSigningProcess.Variables;
import tw.vendorrisk.register.SignedTerms;
import tw.vendorrisk.register.SlaReportFrequency;

/** Keeps the signed contract's terms in the register; the service runs from then on. */
@Component("storeSignedContract")
class StoreSignedContractDelegate implements JavaDelegate {

    private final ContractService contracts;
    private final CurrentUser currentUser;

    StoreSignedContractDelegate(ContractService contracts, CurrentUser currentUser) {
        this.contracts = contracts;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SignedTerms terms = new SignedTerms(Variables.SIGNED_ON.requireDate(execution),
                Variables.TERM_START.requireDate(execution), Variables.TERM_END.requireDate(execution),
                Variables.SLA_REPORT_FREQUENCY.enumValue(execution, SlaReportFrequency.class, null),
                Variables.ONSITE_STAFF.getOrDefault(execution, false), Variables.ACCESS_NEEDS.get(execution));
        contracts.sign(Variables.CONTRACT_ID.require(execution), terms, currentUser.id());
    }
}
