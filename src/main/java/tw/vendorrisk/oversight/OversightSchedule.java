package tw.vendorrisk.oversight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import tw.vendorrisk.register.SlaReportFrequency;

/**
 * When each audit, on-site review and SLA report of a contract falls due. The term is cut into
 * periods from its start (six months, a year, or the SLA reporting frequency, from the DMN table
 * {@code oversight-schedule}); every period that begins within the term gets one activity, due at
 * the period's end (the last period ends with the term) plus the table's days after the period.
 * A three-year term thus has 3 audits and 6 on-site reviews.
 */
@Component
public class OversightSchedule {

    public static final String DECISION = "oversight-schedule";

    private final DecisionService decisions;

    OversightSchedule(DecisionService decisions) {
        this.decisions = decisions;
    }

    /** The table's row for one kind of oversight. */
    public record Rule(String obligation, Integer periodMonths, int openDaysBeforeDue, int dueDaysAfterPeriod,
            int escalateDaysAfterDue) {
    }

    /** One planned activity. */
    public record Slot(int sequenceNo, LocalDate periodStart, LocalDate periodEnd, LocalDate opensOn, LocalDate dueOn) {
    }

    public Rule rule(OversightKind kind) {
        Map<String, Object> row = decisions.evaluateDecisionTableByKey(DECISION,
                Variables.createVariables().putValue("kind", kind.name())).getSingleResult().getEntryMap();
        return new Rule((String) row.get("obligation"), (Integer) row.get("periodMonths"),
                (Integer) row.get("openDaysBeforeDue"), (Integer) row.get("dueDaysAfterPeriod"),
                (Integer) row.get("escalateDaysAfterDue"));
    }

    /** The slots of one kind over a term; none when the kind does not apply (e.g. no SLA reporting). */
    public List<Slot> slots(OversightKind kind, LocalDate termStart, LocalDate termEnd, SlaReportFrequency frequency) {
        Rule rule = rule(kind);
        int months = rule.periodMonths() != null ? rule.periodMonths()
                : frequency == null ? 0 : frequency.months();
        return slots(rule, months, termStart, termEnd);
    }

    static List<Slot> slots(Rule rule, int months, LocalDate termStart, LocalDate termEnd) {
        List<Slot> slots = new ArrayList<>();
        if (months <= 0 || termStart == null || termEnd == null) {
            return slots;
        }
        for (int n = 0; ; n++) {
            LocalDate periodStart = termStart.plusMonths((long) n * months);
            if (!periodStart.isBefore(termEnd)) {
                return slots;
            }
            LocalDate nextStart = termStart.plusMonths((long) (n + 1) * months);
            LocalDate periodEnd = nextStart.minusDays(1).isAfter(termEnd) ? termEnd : nextStart.minusDays(1);
            LocalDate dueOn = periodEnd.plusDays(rule.dueDaysAfterPeriod());
            LocalDate opensOn = dueOn.minusDays(rule.openDaysBeforeDue());
            if (opensOn.isBefore(periodStart)) {
                opensOn = periodStart;
            }
            slots.add(new Slot(n + 1, periodStart, periodEnd, opensOn, dueOn));
        }
    }
}
