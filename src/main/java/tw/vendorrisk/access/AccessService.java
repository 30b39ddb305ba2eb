package tw.vendorrisk.access;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.vendorrisk.common.EngineClock;
import tw.vendorrisk.register.Contract;
import tw.vendorrisk.register.ContractRepository;
import tw.vendorrisk.register.RegisterException;

/**
 * Vendor staff access in the register (Art. 8, 9): requested for a running contract, assessed,
 * granted no longer than the contract runs, and revoked at expiry or when the contract ends (8.2).
 */
@Service
@Transactional
public class AccessService {

    private final AccessGrantRepository grants;
    private final ContractRepository contracts;

    AccessService(AccessGrantRepository grants, ContractRepository contracts) {
        this.grants = grants;
        this.contracts = contracts;
    }

    public AccessGrant request(Long contractId, AccessRequest request, String user, String processInstanceId) {
        Contract contract = contracts.findById(contractId)
                .orElseThrow(() -> RegisterException.notFound("Contract", contractId));
        if (!contract.isRunning()) {
            throw RegisterException.invalid("contractId", "Contract " + contractId + " is " + contract.getStatus()
                    + ": vendor access is granted only under a signed, running contract.");
        }
        if (request.accessKinds().isEmpty()) {
            throw RegisterException.invalid("accessKinds", "Choose at least one kind of access.");
        }
        LocalDate today = EngineClock.today();
        if (!request.requestedUntil().isAfter(today)) {
            throw RegisterException.invalid("requestedUntil",
                    "Access is requested until " + request.requestedUntil() + ", which is not after today (" + today + ").");
        }
        return grants.save(new AccessGrant(contract, request, user, processInstanceId));
    }

    public void recordRulesBriefing(Long grantId, LocalDate acknowledgedOn, String user) {
        if (acknowledgedOn.isAfter(EngineClock.today())) {
            throw RegisterException.invalid("rulesAcknowledgedOn",
                    "The vendor cannot have acknowledged the security rules on a future date (" + acknowledgedOn + ").");
        }
        grant(grantId).recordRulesBriefing(acknowledgedOn, user);
    }

    public void recordAssessment(Long grantId, String riskLevel, String assessment, String user) {
        grant(grantId).recordAssessment(riskLevel, assessment, user);
    }

    /** Grants the access until the day requested, but never beyond the contract's end (8.2). */
    public AccessGrant approve(Long grantId, String reason, String user) {
        AccessGrant grant = grant(grantId);
        if (!grant.getContract().isRunning()) {
            throw RegisterException.invalid("contractId", "Contract " + grant.getContract().getId() + " is "
                    + grant.getContract().getStatus() + ": access cannot be granted under it.");
        }
        LocalDate contractEnd = grant.getContract().getTermEnd();
        LocalDate until = contractEnd != null && contractEnd.isBefore(grant.getRequestedUntil())
                ? contractEnd : grant.getRequestedUntil();
        grant.grant(until, reason, user, EngineClock.now());
        return grant;
    }

    public void refuse(Long grantId, String reason, String user) {
        grant(grantId).refuse(reason, user);
    }

    /** Revokes one grant; one already revoked keeps its first revocation. */
    public boolean revoke(Long grantId, RevocationReason reason, String user) {
        return grant(grantId).revoke(reason, user, EngineClock.now());
    }

    /**
     * Ends a grant's life: an active grant is revoked; a request still undecided is refused because
     * the contract ended. Returns whether it changed.
     */
    public boolean endGrant(Long grantId, RevocationReason reason, String user) {
        AccessGrant grant = grant(grantId);
        if (grant.getStatus() == AccessGrantStatus.REQUESTED) {
            grant.refuse("合約已終止 The contract ended (" + reason + ") before the access was decided.", user);
            return true;
        }
        return grant.revoke(reason, user, EngineClock.now());
    }

    /** Revokes every active grant under a contract (13.1.a, 8.2); returns how many were revoked. */
    public int revokeAllForContract(Long contractId, RevocationReason reason, String user) {
        List<AccessGrant> active = grants.findByContractIdAndStatus(contractId, AccessGrantStatus.ACTIVE);
        active.forEach(grant -> grant.revoke(reason, user, EngineClock.now()));
        return active.size();
    }

    @Transactional(readOnly = true)
    public long activeCount(Long contractId) {
        return grants.countByContractIdAndStatus(contractId, AccessGrantStatus.ACTIVE);
    }

    @Transactional(readOnly = true)
    public AccessGrant grant(Long grantId) {
        return grants.findById(grantId).orElseThrow(() -> RegisterException.notFound("Access grant", grantId));
    }

    /** The grants of a contract the register has; an unknown contract is refused as not found. */
    @Transactional(readOnly = true)
    public List<AccessGrant> grantsOfContract(Long contractId) {
        if (!contracts.existsById(contractId)) {
            throw RegisterException.notFound("Contract", contractId);
        }
        return grants.findByContractIdOrderById(contractId);
    }

    @Transactional(readOnly = true)
    public List<AccessGrant> grantsOf(Long contractId) {
        return grants.findByContractIdOrderById(contractId);
    }
}
