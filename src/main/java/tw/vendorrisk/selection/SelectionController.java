package tw.vendorrisk.selection;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A vendor's selection decisions over JSON: {@code /api/vendors/{id}/selection-decisions}. */
@RestController
@RequestMapping("/api")
class SelectionController {

    private final SelectionService selections;

    SelectionController(SelectionService selections) {
        this.selections = selections;
    }

    @GetMapping("/vendors/{id}/selection-decisions")
    List<DecisionView> decisions(@PathVariable Long id) {
        return selections.decisions(id).stream().map(DecisionView::of).toList();
    }

    record DecisionView(Long id, Long serviceId, Long vendorId, SelectionOutcome outcome, String reason,
            String decidedBy, OffsetDateTime decidedAt, String processInstanceId, CapabilityScores capability,
            BigDecimal shareByCount, BigDecimal shareBySpend, BigDecimal shareOfCritical, BigDecimal marketShare,
            Boolean concentrationTooHigh, Boolean incidentMechanismsConfirmed, String concentrationRiskAssessment,
            String exceptionApprovedBy, String exceptionReason) {
        static DecisionView of(SelectionDecision d) {
            return new DecisionView(d.getId(), d.getService().getId(), d.getVendor().getId(), d.getOutcome(),
                    d.getReason(), d.getDecidedBy(), d.getDecidedAt(), d.getProcessInstanceId(), d.getCapability(),
                    d.getShareByCount(), d.getShareBySpend(), d.getShareOfCritical(), d.getMarketShare(),
                    d.getConcentrationTooHigh(), d.getIncidentMechanismsConfirmed(), d.getConcentrationRiskAssessment(),
                    d.getExceptionApprovedBy(), d.getExceptionReason());
        }
    }
}
