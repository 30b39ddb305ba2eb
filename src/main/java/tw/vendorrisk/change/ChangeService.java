package tw.vendorrisk.change;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.vendorrisk.common.EngineClock;
import tw.vendorrisk.register.Contract;
import tw.vendorrisk.register.ContractRepository;
import tw.vendorrisk.register.OrganizationService;
import tw.vendorrisk.register.RegisterException;

/** Every decision about a service change, in the register (Art. 11, 10.1). */
@Service
@Transactional
public class ChangeService {

    static final int MAX_TEXT = 2000;

    private final ChangeRecordRepository changes;
    private final ContractRepository contracts;
    private final OrganizationService organization;
    private final ChangeSignificance significance;

    ChangeService(ChangeRecordRepository changes, ContractRepository contracts, OrganizationService organization,
            ChangeSignificance significance) {
        this.changes = changes;
        this.contracts = contracts;
        this.organization = organization;
        this.significance = significance;
    }

    /** What the process needs of a registered change; serviceId and the category feed the selection's checks. */
    public record RegisteredChange(Long changeId, Long contractId, Long serviceId, String vendorName,
            String serviceDescription, int organizationCategory) {
    }

    /** Registers a change of a signed, running contract. */
    public RegisteredChange register(Long contractId, NewChange change, String user, String processInstanceId) {
        Contract contract = contracts.findById(contractId)
                .orElseThrow(() -> RegisterException.notFound("Contract", contractId));
        if (!contract.isRunning()) {
            throw RegisterException.invalid("contractId", "Contract " + contractId + " is " + contract.getStatus()
                    + ": a change is reassessed for a signed, running contract.");
        }
        if (change.changeType() == null) {
            throw RegisterException.invalid("changeType", "Say what kind of change it is.");
        }
        requireText("changeDescription", change.description());
        ChangeRecord record = changes.save(new ChangeRecord(contract, change, user, processInstanceId,
                EngineClock.now()));
        return new RegisteredChange(record.getId(), contractId, contract.getService().getId(),
                contract.getVendor().getName(), contract.getService().getDescription(),
                organization.profile().getCategory());
    }

    /** Keeps the project lead's impact analysis and lets the DMN table decide whether the change is significant. */
    public ChangeSignificance.Result recordImpact(Long changeId, ImpactAnalysis analysis, String user) {
        ChangeRecord record = change(changeId);
        requireText("confidentialityReason", analysis.confidentialityReason());
        requireText("integrityReason", analysis.integrityReason());
        requireText("availabilityReason", analysis.availabilityReason());
        ChangeSignificance.Result result = significance.decide(record.getChangeType(), analysis);
        record.recordImpact(analysis, result.significant(), result.reason(), user, EngineClock.now());
        return result;
    }

    /** Keeps the results of the certificate (4.2.2, 4.2.3) and concentration (4.1.c) checks run again. */
    public void recordChecks(Long changeId, Boolean certificatesSufficient, String certificateShortfall,
            Boolean concentrationTooHigh, String concentrationFindings) {
        change(changeId).recordChecks(certificatesSufficient, emptyToNull(certificateShortfall), concentrationTooHigh,
                emptyToNull(concentrationFindings));
    }

    /** Keeps infosec's risk assessment of a significant change and its recommendation (Art. 11, 10.1). */
    public void recordRiskAssessment(Long changeId, Impact riskLevel, String assessment, ChangeOutcome recommended,
            Boolean incidentMechanismsConfirmed, String user) {
        requireText("riskAssessment", assessment);
        requireDecision("recommendedOutcome", recommended);
        change(changeId).recordRiskAssessment(riskLevel, assessment.strip(), recommended, incidentMechanismsConfirmed,
                user, EngineClock.now());
    }

    /** Keeps the managers' decision. Amending or terminating needs a contract that still runs. */
    public void recordOutcome(Long changeId, ChangeOutcome outcome, String reason, String user) {
        requireDecision("changeOutcome", outcome);
        requireText("outcomeReason", reason);
        ChangeRecord record = change(changeId);
        if (outcome != ChangeOutcome.ACCEPT && !record.getContract().isRunning()) {
            throw RegisterException.invalid("changeOutcome", "Contract " + record.getContract().getId() + " is "
                    + record.getContract().getStatus() + " now: it can no longer be amended or terminated.");
        }
        record.close(outcome, reason.strip(), user, EngineClock.now());
    }

    /** A change the DMN table found not significant: recorded and closed. */
    public void closeInsignificant(Long changeId) {
        ChangeRecord record = change(changeId);
        record.close(ChangeOutcome.NOT_SIGNIFICANT, record.getSignificanceReason(), null, EngineClock.now());
    }

    public void linkFollowUp(Long changeId, String processInstanceId) {
        change(changeId).linkFollowUp(processInstanceId);
    }

    @Transactional(readOnly = true)
    public ChangeRecord change(Long changeId) {
        return changes.findById(changeId).orElseThrow(() -> RegisterException.notFound("Change", changeId));
    }

    @Transactional(readOnly = true)
    public List<ChangeRecord> changesOf(Long contractId) {
        if (!contracts.existsById(contractId)) {
            throw RegisterException.notFound("Contract", contractId);
        }
        return changes.findByContractIdOrderById(contractId);
    }

    @Transactional(readOnly = true)
    public ChangeRecord changeOfProcess(String processInstanceId) {
        return changes.findByProcessInstanceId(processInstanceId)
                .orElseThrow(() -> RegisterException.notFound("Change of process instance", processInstanceId));
    }

    private static void requireDecision(String field, ChangeOutcome outcome) {
        if (outcome == null || outcome == ChangeOutcome.NOT_SIGNIFICANT) {
            throw RegisterException.invalid(field, field + " must be one of ACCEPT, AMEND, TERMINATE.");
        }
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw RegisterException.invalid(field, field + " must not be empty.");
        }
        if (value.length() > MAX_TEXT) {
            throw RegisterException.invalid(field, field + " has " + value.length() + " characters; at most "
                    + MAX_TEXT + " are kept.");
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
