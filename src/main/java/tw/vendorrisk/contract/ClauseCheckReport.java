package tw.vendorrisk.contract;

import java.util.Comparator;
import java.util.List;

/** The clause check of one contract: one finding per obligation of guideline Art. 7.1, in guideline order. */
public record ClauseCheckReport(List<Finding> findings) {

    private static final Comparator<Finding> GAPS_FIRST = Comparator.comparingInt(finding -> switch (finding.status()) {
        case MISSING -> 0;
        case PARTIAL -> 1;
        case PRESENT -> 2;
        case NOT_APPLICABLE -> 3;
    });

    public ClauseCheckReport {
        findings = List.copyOf(findings);
    }

    /** The finding of one obligation, e.g. {@code find("7.1.1.8")}. */
    public Finding find(String obligation) {
        return findings.stream().filter(finding -> finding.obligation().equals(obligation)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No obligation " + obligation + " in the clause check"));
    }

    /** The missing clauses, then the partial ones, each in guideline order. */
    public List<Finding> gaps() {
        return findings.stream().filter(Finding::isGap).sorted(GAPS_FIRST).toList();
    }

    /** Every finding, missing first, then partial, present and not applicable, each in guideline order. */
    public List<Finding> gapsFirst() {
        return findings.stream().sorted(GAPS_FIRST).toList();
    }

    public boolean hasGaps() {
        return findings.stream().anyMatch(Finding::isGap);
    }
}
