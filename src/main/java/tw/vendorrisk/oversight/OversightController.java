package tw.vendorrisk.oversight;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;


/** A contract's oversight (audits, reviews, SLA reports) in the register. */
@RestController
@RequestMapping("/api/contracts/{contractId}")
class OversightController {

    private final OversightViews views;

    OversightController(OversightViews views) {
        this.views = views;
    }

    record RemediationView(Long id, String description, LocalDate dueOn, String status, String resolution,
            OffsetDateTime doneAt, String doneBy, OffsetDateTime escalatedAt) {
    }

    record ActivityView(Long id, OversightKind kind, int sequenceNo, boolean adHoc, LocalDate periodStart,
            LocalDate periodEnd, LocalDate opensOn, LocalDate dueOn, OversightStatus status, OffsetDateTime openedAt,
            OffsetDateTime completedAt, String completedBy, String outcome, String summary, Long documentId,
            String processInstanceId, List<RemediationView> remediation) {
    }

    /** The contract's audits, on-site reviews and SLA reports: planned, open, done or cancelled. */
    @GetMapping("/oversight")
    List<ActivityView> oversight(@PathVariable Long contractId) {
        return views.activities(contractId);
    }
}
