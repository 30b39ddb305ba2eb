package tw.vendorrisk.oversight;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * A signed contract starts its oversight schedule ({@code contract-oversight}) in the signing's
 * transaction. The schedule is the organization's, not the signer's: it starts whatever rights the
 * user who recorded the signature has.
 */
@Component("startContractOversight")
class StartContractOversightDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        Long contractId = ContractOversightProcess.Variables.CONTRACT_ID.require(execution);
        Context.getCommandContext().runWithoutAuthorization(() -> execution.getProcessEngineServices()
                .getRuntimeService().startProcessInstanceByKey(ContractOversightProcess.KEY, contractId.toString(),
                        Variables.createVariables()
                                .putValue(ContractOversightProcess.Variables.CONTRACT_ID.name(), contractId)));
    }
}
