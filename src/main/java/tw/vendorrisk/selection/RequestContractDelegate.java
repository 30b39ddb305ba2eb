package tw.vendorrisk.selection;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.common.FollowUpProcesses;
import tw.vendorrisk.contract.ContractSigningProcess;
import tw.vendorrisk.register.ContractPurpose;

/** The selection's end: the selected vendor's contract is requested, which starts contract signing. */
@Component("requestContract")
class RequestContractDelegate implements JavaDelegate {

    private final FollowUpProcesses followUps;

    RequestContractDelegate(FollowUpProcesses followUps) {
        this.followUps = followUps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long serviceId = VendorSelectionProcess.Variables.SERVICE_ID.require(execution);
        followUps.start(ContractSigningProcess.MESSAGE_CONTRACT_REQUESTED, serviceId.toString(), Map.of(
                ContractSigningProcess.Variables.SERVICE_ID.name(), serviceId,
                ContractSigningProcess.Variables.CONTRACT_PURPOSE.name(), ContractPurpose.NEW.name()));
    }
}
