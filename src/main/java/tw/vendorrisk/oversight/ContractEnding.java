package tw.vendorrisk.oversight;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.vendorrisk.access.AccessService;
import tw.vendorrisk.access.RevocationReason;
import tw.vendorrisk.common.EngineClock;
import tw.vendorrisk.register.Contract;
import tw.vendorrisk.register.ContractRepository;
import tw.vendorrisk.register.RegisterException;

/**
 * Ends a contract in one transaction with the engine: the register marks it ended, every active
 * vendor access under it is revoked at once (8.2, 13.1.a), its scheduled oversight is cancelled, and
 * the message {@value ContractOversightProcess#MESSAGE_CONTRACT_ENDED} stops every process that
 * waits for it (the oversight schedule, access grants waiting for their expiry).
 */
@Service
@Transactional
public class ContractEnding {

    private static final Logger LOG = LoggerFactory.getLogger(ContractEnding.class);

    private final ContractRepository contracts;
    private final AccessService access;
    private final OversightService oversight;
    private final RuntimeService runtimeService;

    ContractEnding(ContractRepository contracts, AccessService access, OversightService oversight,
            RuntimeService runtimeService) {
        this.contracts = contracts;
        this.access = access;
        this.oversight = oversight;
        this.runtimeService = runtimeService;
    }

    public record Ended(int accessRevoked, int oversightCancelled) {
    }

    public Ended end(Long contractId, RevocationReason reason, String user) {
        Contract contract = contracts.findById(contractId)
                .orElseThrow(() -> RegisterException.notFound("Contract", contractId));
        contract.end(EngineClock.today(), reason.name());
        int revoked = access.revokeAllForContract(contractId, reason, user);
        int cancelled = oversight.cancelAll(contractId);
        runtimeService.createMessageCorrelation(ContractOversightProcess.MESSAGE_CONTRACT_ENDED)
                .processInstanceVariableEquals(ContractOversightProcess.Variables.CONTRACT_ID.name(), contractId)
                .setVariable(ContractOversightProcess.Variables.END_REASON.name(), reason.name())
                .correlateAllWithResult();
        LOG.info("Contract {} ended ({}): {} access grants revoked, {} oversight activities cancelled",
                contractId, reason, revoked, cancelled);
        return new Ended(revoked, cancelled);
    }
}
