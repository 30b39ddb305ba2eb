package tw.vendorrisk.termination;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.vendorrisk.access.AccessService;
import tw.vendorrisk.access.RevocationReason;
import tw.vendorrisk.contract.ContractEnded;
import tw.vendorrisk.contract.ContractService;
import tw.vendorrisk.oversight.OversightService;

/**
 * Ends a contract in one transaction with the engine: the register marks it ended and
 * {@link ContractEnded} revokes every active vendor access under it (8.2, 13.1.a), cancels its
 * scheduled oversight and stops every process that waits for the contract's end. Tells how much
 * access and oversight stopped.
 */
@Service
@Transactional
public class ContractEnding {

    private static final Logger LOG = LoggerFactory.getLogger(ContractEnding.class);

    private final ContractService contracts;
    private final AccessService access;
    private final OversightService oversight;

    ContractEnding(ContractService contracts, AccessService access, OversightService oversight) {
        this.contracts = contracts;
        this.access = access;
        this.oversight = oversight;
    }

    public record Ended(int accessRevoked, int oversightCancelled) {
    }

    public Ended end(Long contractId, RevocationReason reason, String user) {
        int accessRevoked = (int) access.activeCount(contractId);
        int oversightCancelled = oversight.pendingCount(contractId);
        contracts.end(contractId, reason.name(), user);
        LOG.info("Contract {} ended ({}): {} access grants revoked, {} oversight activities cancelled",
                contractId, reason, accessRevoked, oversightCancelled);
        return new Ended(accessRevoked, oversightCancelled);
    }
}
