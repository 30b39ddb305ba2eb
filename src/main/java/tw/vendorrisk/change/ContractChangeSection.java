package tw.vendorrisk.change;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tw.vendorrisk.contract.ContractPageContext;
import tw.vendorrisk.contract.ContractPageSection;

/** The changes of the contracted service on the contract's page, with their significance and outcome. */
@Component
class ContractChangeSection implements ContractPageSection {

    public record Row(Long id, ChangeType changeType, String description, LocalDate effectiveOn, ChangeStatus status,
            String reportedBy, OffsetDateTime reportedAt, Boolean significant, ChangeOutcome outcome,
            String decidedBy) {
    }

    private final ChangeRecordRepository changes;

    ContractChangeSection(ChangeRecordRepository changes) {
        this.changes = changes;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String template() {
        return "change/contract-section";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Row> data(ContractPageContext context) {
        return changes.findByContractIdOrderById(context.contractId()).stream()
                .map(c -> new Row(c.getId(), c.getChangeType(), c.getDescription(), c.getEffectiveOn(), c.getStatus(),
                        c.getReportedBy(), c.getReportedAt(), c.getSignificant(), c.getOutcome(), c.getDecidedBy()))
                .toList();
    }
}
