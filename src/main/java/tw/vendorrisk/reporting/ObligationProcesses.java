package tw.vendorrisk.reporting;

import java.util.List;

/**
 * The processes that carry the guideline's recurring deadlines: the six-monthly on-site review
 * (10.3), the yearly audit (12.1), the service level report review (12.2) and the termination
 * deadline (13.2.5). The report lists their open user tasks and pending timers that fall due
 * soon; a key with no deployed process simply yields nothing.
 */
public final class ObligationProcesses {

    public static final List<String> KEYS = List.of("onsite-review", "vendor-audit", "sla-report-review",
            "vendor-termination");

    private ObligationProcesses() {
    }
}
