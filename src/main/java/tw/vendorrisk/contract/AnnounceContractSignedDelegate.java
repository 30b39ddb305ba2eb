package tw.vendorrisk.contract;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import tw.vendorrisk.contract.ContractSigningProcess.Variables;

/**
 * The signing's last step: tells the application that the contract is signed ({@link ContractSigned}),
 * in the signing's transaction; the oversight feature starts the contract's schedule from it. The bean
 * keeps the name the deployed models call, {@code startContractOversight}.
 */
@Component("startContractOversight")
class AnnounceContractSignedDelegate implements JavaDelegate {

    private final ApplicationEventPublisher events;

    AnnounceContractSignedDelegate(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        events.publishEvent(new ContractSigned(Variables.CONTRACT_ID.require(execution)));
    }
}
