package tw.vendorrisk.change;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tw.vendorrisk.common.Groups;
import tw.vendorrisk.register.VendorPageContext;
import tw.vendorrisk.register.VendorPageContext.ContractRow;
import tw.vendorrisk.register.VendorPageSection;

/**
 * The vendor page's changes: each reported change of its contracts' services with where its reassessment
 * stands and what was decided (Art. 11), and reporting a change of a running contract.
 */
@Component
class ChangeVendorSection implements VendorPageSection {

    /** The groups of {@code POST /api/contracts/{id}/changes}. */
    static final List<String> REPORT_CHANGE = List.of(Groups.PROCUREMENT, Groups.INFOSEC, Groups.PROJECT_LEADS,
            Groups.ADMIN);

    public record Change(Long contractId, ChangeType type, String description, LocalDate effectiveOn,
            String reportedBy, OffsetDateTime reportedAt, ChangeStatus status, Boolean significant,
            ChangeOutcome outcome) {
    }

    public record Data(List<Change> changes, List<ContractRow> reportable) {
    }

    private final ChangeRecordRepository changes;

    ChangeVendorSection(ChangeRecordRepository changes) {
        this.changes = changes;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String anchor() {
        return "changes";
    }

    @Override
    public String template() {
        return "change/vendor-section";
    }

    @Override
    @Transactional(readOnly = true)
    public Object data(VendorPageContext context) {
        List<Change> rows = context.contracts().isEmpty() ? List.of()
                : changes.findByContractIdInOrderByReportedAtDescIdDesc(context.contractIds()).stream()
                        .map(c -> new Change(c.getContract().getId(), c.getChangeType(), c.getDescription(),
                                c.getEffectiveOn(), c.getReportedBy(), c.getReportedAt(), c.getStatus(),
                                c.getSignificant(), c.getOutcome()))
                        .toList();
        return new Data(rows, context.inAnyGroup(REPORT_CHANGE) ? context.runningContracts() : List.of());
    }
}
