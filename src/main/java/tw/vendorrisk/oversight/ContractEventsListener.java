package tw.vendorrisk.oversight;

import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import tw.vendorrisk.common.FollowUpProcesses;
import tw.vendorrisk.contract.ContractEnded;
import tw.vendorrisk.contract.ContractSigned;
import tw.vendorrisk.oversight.ContractOversightProcess.Variables;

/**
 * A signed contract starts its oversight schedule ({@code contract-oversight}); an ended one has its
 * scheduled and open activities cancelled, and its schedule stops on the message
 * {@value ContractEnded#MESSAGE}. Both in the transaction of the contract's signing or end. The
 * schedule is the organization's: it starts whatever rights the signer has.
 */
@Component
class ContractEventsListener {

    private final FollowUpProcesses followUps;
    private final OversightService oversight;

    ContractEventsListener(FollowUpProcesses followUps, OversightService oversight) {
        this.followUps = followUps;
        this.oversight = oversight;
    }

    @EventListener
    void startSchedule(ContractSigned signed) {
        followUps.start(ContractOversightProcess.MESSAGE_CONTRACT_SIGNED, signed.contractId().toString(),
                Map.of(Variables.CONTRACT_ID.name(), signed.contractId()));
    }

    @EventListener
    void cancelActivities(ContractEnded ended) {
        oversight.cancelAll(ended.contractId());
    }
}
