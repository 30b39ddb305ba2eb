package tw.vendorrisk.selection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import tw.vendorrisk.contract.ContractSigningProcess;
import tw.vendorrisk.register.ContractPurpose;

/** The selection's end: the selected vendor's contract is requested, which starts contract signing. */
@Component("requestContract")
class RequestContractDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        Long serviceId = VendorSelectionProcess.Variables.SERVICE_ID.require(execution);
        execution.getProcessEngineServices().getRuntimeService()
                .createMessageCorrelation(ContractSigningProcess.MESSAGE_CONTRACT_REQUESTED)
                .processInstanceBusinessKey(serviceId.toString())
                .setVariables(Variables.createVariables()
                        .putValue(ContractSigningProcess.Variables.SERVICE_ID.name(), serviceId)
                        .putValue(ContractSigningProcess.Variables.CONTRACT_PURPOSE.name(), ContractPurpose.NEW.name()))
                .correlateStartMessage();
    }
}
