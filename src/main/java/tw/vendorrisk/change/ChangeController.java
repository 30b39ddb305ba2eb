package tw.vendorrisk.change;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import tw.vendorrisk.common.AllowedGroups;
import tw.vendorrisk.common.Groups;

/**
 * Service changes over REST: report one for a contract ({@link ChangeReporting}: the message
 * {@code Msg_ServiceChangeNotified} starts {@code change-reassessment}) and read the change records with
 * every decision.
 */
@RestController
@RequestMapping("/api")
class ChangeController {

    private final ChangeReporting reporting;
    private final ChangeService changes;

    ChangeController(ChangeReporting reporting, ChangeService changes) {
        this.reporting = reporting;
        this.changes = changes;
    }

    @PostMapping("/contracts/{contractId}/changes")
    @AllowedGroups({Groups.PROCUREMENT, Groups.INFOSEC, Groups.PROJECT_LEADS, Groups.ADMIN})
    ResponseEntity<ChangeView> report(@PathVariable Long contractId, @Valid @RequestBody NewChange request) {
        ProcessInstance instance = reporting.report(contractId, request);
        ChangeView view = ChangeView.of(changes.changeOfProcess(instance.getId()));
        return ResponseEntity.created(URI.create("/api/changes/" + view.id())).body(view);
    }

    @GetMapping("/contracts/{contractId}/changes")
    List<ChangeView> ofContract(@PathVariable Long contractId) {
        return changes.changesOf(contractId).stream().map(ChangeView::of).toList();
    }

    @GetMapping("/changes/{changeId}")
    ChangeView change(@PathVariable Long changeId) {
        return ChangeView.of(changes.change(changeId));
    }

    record ChangeView(Long id, Long contractId, ChangeType changeType, ChangeSource source, String description,
            LocalDate effectiveOn, ChangeStatus status, String reportedBy, OffsetDateTime reportedAt,
            String processInstanceId, Impact confidentialityImpact, String confidentialityReason,
            Impact integrityImpact, String integrityReason, Impact availabilityImpact, String availabilityReason,
            String analysedBy, OffsetDateTime analysedAt, Boolean significant, String significanceReason,
            Boolean certificatesSufficient, String certificateShortfall, Boolean concentrationTooHigh,
            String concentrationFindings, Impact riskLevel, String riskAssessment, ChangeOutcome recommendedOutcome,
            Boolean incidentMechanismsConfirmed, String assessedBy, OffsetDateTime assessedAt, ChangeOutcome outcome,
            String outcomeReason, String decidedBy, OffsetDateTime decidedAt, String followUpProcessInstanceId) {
        static ChangeView of(ChangeRecord c) {
            return new ChangeView(c.getId(), c.getContract().getId(), c.getChangeType(), c.getSource(),
                    c.getDescription(), c.getEffectiveOn(), c.getStatus(), c.getReportedBy(), c.getReportedAt(),
                    c.getProcessInstanceId(), c.getConfidentialityImpact(), c.getConfidentialityReason(),
                    c.getIntegrityImpact(), c.getIntegrityReason(), c.getAvailabilityImpact(),
                    c.getAvailabilityReason(), c.getAnalysedBy(), c.getAnalysedAt(), c.getSignificant(),
                    c.getSignificanceReason(), c.getCertificatesSufficient(), c.getCertificateShortfall(),
                    c.getConcentrationTooHigh(), c.getConcentrationFindings(), c.getRiskLevel(), c.getRiskAssessment(),
                    c.getRecommendedOutcome(), c.getIncidentMechanismsConfirmed(), c.getAssessedBy(),
                    c.getAssessedAt(), c.getOutcome(), c.getOutcomeReason(), c.getDecidedBy(), c.getDecidedAt(),
                    c.getFollowUpProcessInstanceId());
        }
    }
}
