package tw.vendorrisk.oversight;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tw.vendorrisk.register.AccessGrantStatus;
import tw.vendorrisk.register.OversightKind;
import tw.vendorrisk.register.OversightStatus;
import tw.vendorrisk.register.RevocationReason;

/** A contract's vendor access grants and its oversight (audits, reviews, SLA reports) in the register. */
@RestController
@RequestMapping("/api/contracts/{contractId}")
class OversightController {

    private final OversightViews views;

    OversightController(OversightViews views) {
        this.views = views;
    }

    record AccessGrantView(Long id, String personName, String personRole, String assets, String accessKinds,
            boolean tradeSecrets, LocalDate requestedUntil, AccessGrantStatus status, LocalDate rulesAcknowledgedOn,
            String riskLevel, String riskAssessment, String assessedBy, String decidedBy, String decisionReason,
            OffsetDateTime grantedAt, LocalDate grantedUntil, OffsetDateTime revokedAt,
            RevocationReason revocationReason, String revokedBy, String processInstanceId) {
    }

    record RemediationView(Long id, String description, LocalDate dueOn, String status, String resolution,
            OffsetDateTime doneAt, String doneBy, OffsetDateTime escalatedAt) {
    }

    record ActivityView(Long id, OversightKind kind, int sequenceNo, boolean adHoc, LocalDate periodStart,
            LocalDate periodEnd, LocalDate opensOn, LocalDate dueOn, OversightStatus status, OffsetDateTime openedAt,
            OffsetDateTime completedAt, String completedBy, String outcome, String summary, Long documentId,
            String processInstanceId, List<RemediationView> remediation) {
    }

    /** The contract's access grants; {@code ?status=ACTIVE} for the access in force now. */
    @GetMapping("/access-grants")
    List<AccessGrantView> accessGrants(@PathVariable Long contractId,
            @RequestParam(required = false) AccessGrantStatus status) {
        return views.accessGrants(contractId, status);
    }

    /** The contract's audits, on-site reviews and SLA reports: planned, open, done or cancelled. */
    @GetMapping("/oversight")
    List<ActivityView> oversight(@PathVariable Long contractId) {
        return views.activities(contractId);
    }
}
