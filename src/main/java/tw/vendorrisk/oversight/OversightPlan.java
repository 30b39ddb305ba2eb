package tw.vendorrisk.oversight;

import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Component;

import tw.vendorrisk.common.EngineClock;

/**
 * What the oversight models read from the register in their expressions: the planned activities a
 * multi-instance waits for ({@code ${oversightPlan.auditIds(contractId)}}), when each opens (the
 * timers' dates) and the remediation items of a finished review.
 */
@Component("oversightPlan")
public class OversightPlan {

    private final OversightService oversight;

    OversightPlan(OversightService oversight) {
        this.oversight = oversight;
    }

    public List<Long> auditIds(Long contractId) {
        return oversight.scheduledIds(contractId, OversightKind.AUDIT);
    }

    public List<Long> onsiteReviewIds(Long contractId) {
        return oversight.scheduledIds(contractId, OversightKind.ONSITE_REVIEW);
    }

    public List<Long> slaReportIds(Long contractId) {
        return oversight.scheduledIds(contractId, OversightKind.SLA_REPORT);
    }

    public Date opensAt(Long activityId) {
        return oversight.opensAt(activityId);
    }

    public List<Long> remediationIds(Long activityId) {
        return oversight.remediationIds(activityId);
    }

    public String remediationDescription(Long remediationItemId) {
        return oversight.remediation(remediationItemId).getDescription();
    }

    public Date remediationDueAt(Long remediationItemId) {
        RemediationItem item = oversight.remediation(remediationItemId);
        return EngineClock.startOf(item.getDueOn());
    }
}
