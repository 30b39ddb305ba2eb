package tw.vendorrisk.oversight;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tw.vendorrisk.oversight.OversightController.ActivityView;
import tw.vendorrisk.oversight.OversightController.RemediationView;
import tw.vendorrisk.register.ContractRepository;
import tw.vendorrisk.register.RegisterException;

/** Builds the REST views inside one read transaction (the entities load lazily). */
@Component
@Transactional(readOnly = true)
class OversightViews {

    private final ContractRepository contracts;
    private final OversightService oversight;

    OversightViews(ContractRepository contracts, OversightService oversight) {
        this.contracts = contracts;
        this.oversight = oversight;
    }

    List<ActivityView> activities(Long contractId) {
        requireContract(contractId);
        return oversight.activitiesOf(contractId).stream()
                .map(a -> new ActivityView(a.getId(), a.getKind(), a.getSequenceNo(), a.isAdHoc(), a.getPeriodStart(),
                        a.getPeriodEnd(), a.getOpensOn(), a.getDueOn(), a.getStatus(), a.getOpenedAt(),
                        a.getCompletedAt(), a.getCompletedBy(), a.getOutcome(), a.getSummary(), a.getDocumentId(),
                        a.getProcessInstanceId(), oversight.remediationIds(a.getId()).stream()
                                .map(oversight::remediation)
                                .map(r -> new RemediationView(r.getId(), r.getDescription(), r.getDueOn(),
                                        r.getStatus().name(), r.getResolution(), r.getDoneAt(), r.getDoneBy(),
                                        r.getEscalatedAt()))
                                .toList()))
                .toList();
    }

    private void requireContract(Long contractId) {
        if (!contracts.existsById(contractId)) {
            throw RegisterException.notFound("Contract", contractId);
        }
    }
}
