package tw.vendorrisk.oversight;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tw.vendorrisk.contract.ContractPageContext;
import tw.vendorrisk.contract.ContractPageSection;

/** The contract's oversight schedule on its page: audits, on-site reviews and SLA reports, done, due or overdue. */
@Component
class ContractOversightSection implements ContractPageSection {

    /** Where an activity stands today. */
    public enum State { DONE, OVERDUE, DUE, SCHEDULED, CANCELLED }

    public record Row(OversightKind kind, int sequenceNo, boolean adHoc, LocalDate periodStart, LocalDate periodEnd,
            LocalDate opensOn, LocalDate dueOn, State state, String completedBy, String outcome) {
    }

    public record Data(List<Row> activities, long done, long due, long overdue) {
    }

    private final OversightActivityRepository activities;

    ContractOversightSection(OversightActivityRepository activities) {
        this.activities = activities;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String template() {
        return "oversight/contract-section";
    }

    @Override
    @Transactional(readOnly = true)
    public Data data(ContractPageContext context) {
        List<Row> rows = activities.findByContractIdOrderByKindAscSequenceNoAsc(context.contractId()).stream()
                .map(a -> new Row(a.getKind(), a.getSequenceNo(), a.isAdHoc(), a.getPeriodStart(), a.getPeriodEnd(),
                        a.getOpensOn(), a.getDueOn(), state(a, context.today()), a.getCompletedBy(), a.getOutcome()))
                .toList();
        return new Data(rows, count(rows, State.DONE), count(rows, State.DUE), count(rows, State.OVERDUE));
    }

    private static long count(List<Row> rows, State state) {
        return rows.stream().filter(row -> row.state() == state).count();
    }

    static State state(OversightActivity activity, LocalDate today) {
        return switch (activity.getStatus()) {
            case DONE -> State.DONE;
            case CANCELLED -> State.CANCELLED;
            case OPEN, SCHEDULED -> activity.getDueOn() != null && activity.getDueOn().isBefore(today) ? State.OVERDUE
                    : activity.getStatus() == OversightStatus.OPEN ? State.DUE : State.SCHEDULED;
        };
    }
}
