package tw.vendorrisk.termination;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tw.vendorrisk.contract.ContractPageContext;
import tw.vendorrisk.contract.ContractPageSection;

/** The contract's termination on its page, if one was started (null otherwise). */
@Component
class ContractTerminationSection implements ContractPageSection {

    public record Data(TerminationReason reason, String notes, TerminationStatus status, String startedBy,
            OffsetDateTime startedAt, OffsetDateTime deadlineAt, int accessRevokedCount, int oversightCancelledCount,
            TransitionTarget transitionTarget, String successorName, Boolean confidentialityContinues,
            LocalDate confidentialityUntil, OffsetDateTime completedAt) {
    }

    private final TerminationRecordRepository terminations;

    ContractTerminationSection(TerminationRecordRepository terminations) {
        this.terminations = terminations;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String template() {
        return "termination/contract-section";
    }

    @Override
    @Transactional(readOnly = true)
    public Data data(ContractPageContext context) {
        return terminations.findByContractId(context.contractId())
                .map(t -> new Data(t.getReason(), t.getNotes(), t.getStatus(), t.getStartedBy(), t.getStartedAt(),
                        t.getDeadlineAt(), t.getAccessRevokedCount(), t.getOversightCancelledCount(),
                        t.getTransitionTarget(), t.getSuccessorName(), t.getConfidentialityContinues(),
                        t.getConfidentialityUntil(), t.getCompletedAt()))
                .orElse(null);
    }
}
