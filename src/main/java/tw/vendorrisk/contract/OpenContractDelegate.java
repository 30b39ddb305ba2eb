package tw.vendorrisk.contract;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.contract.ContractSigningProcess.Variables;
import tw.vendorrisk.register.ContractPurpose;

/** Opens the contract in the register and sets what the clause check decides on. */
@Component("openContract")
class OpenContractDelegate implements JavaDelegate {

    private final ContractService contracts;

    OpenContractDelegate(ContractService contracts) {
        this.contracts = contracts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ContractService.OpenedContract opened = contracts.open(Variables.SERVICE_ID.require(execution),
                Variables.CONTRACT_PURPOSE.enumValue(execution, ContractPurpose.class, ContractPurpose.NEW),
                execution.getProcessInstanceId());
        Variables.CONTRACT_ID.set(execution, opened.contractId());
        Variables.VENDOR_ID.set(execution, opened.vendorId());
        Variables.VENDOR_NAME.set(execution, opened.vendorName());
        Variables.SERVICE_DESCRIPTION.set(execution, opened.serviceDescription());
        Variables.ORGANIZATION_CATEGORY.set(execution, opened.applicability().organizationCategory());
        Variables.CLOUD.set(execution, opened.applicability().cloud());
        Variables.SYSTEM_DEVELOPMENT.set(execution, opened.applicability().systemDevelopment());
        execution.setProcessBusinessKey(Variables.SERVICE_ID.require(execution).toString());
    }
}
