package tw.vendorrisk.contract;

import java.util.List;
import java.util.Objects;

/**
 * What the clause check found for one obligation of guideline Art. 7.1.
 *
 * @param obligation the obligation ID, e.g. {@code 7.1.1.8}
 * @param group      the guideline's grouping, e.g. {@code 7.1.1 一般條款 General}
 * @param title      a short bilingual name, e.g. {@code 稽核權 Right to audit}
 * @param status     present, partial, missing or not applicable
 * @param evidence   the sentences that cover the clause, in contract order; empty when missing or not applicable
 * @param lacking    for a partial or missing clause, what the contract lacks (Chinese, then English); otherwise null
 */
public record Finding(String obligation, String group, String title, ClauseStatus status, List<Evidence> evidence,
        String lacking) {

    public Finding {
        Objects.requireNonNull(obligation, "obligation");
        Objects.requireNonNull(status, "status");
        evidence = List.copyOf(evidence);
        if (status.isGap() != (lacking != null)) {
            throw new IllegalArgumentException("lacking is set exactly when the status is PARTIAL or MISSING: "
                    + obligation + " " + status);
        }
    }

    public boolean isGap() {
        return status.isGap();
    }
}
