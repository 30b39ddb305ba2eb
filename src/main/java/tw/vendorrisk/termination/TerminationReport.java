package tw.vendorrisk.termination;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A termination as {@code GET /api/contracts/{id}/termination} shows it. */
public record TerminationReport(Long id, Long contractId, String vendorName, String serviceDescription,
        TerminationReason reason, String notes, Long changeId, TerminationStatus status, String startedBy,
        OffsetDateTime startedAt, String processInstanceId, int accessRevokedCount, OffsetDateTime accessRevokedAt,
        long activeAccessGrants, int oversightCancelledCount, int deadlineDays, OffsetDateTime deadlineAt,
        List<Disposition> dispositions, List<PendingAsset> assetsToDispose, TransitionTarget transitionTarget,
        String successorName, String transitionNotes, String transitionCheckedBy, OffsetDateTime transitionCheckedAt,
        List<CheckedItem> transitionChecklist, Boolean confidentialityContinues, LocalDate confidentialityUntil,
        String confidentialityNotes, String confidentialityRecordedBy, OffsetDateTime confidentialityRecordedAt,
        OffsetDateTime escalatedAt, String escalationAction, String escalationHandledBy, OffsetDateTime completedAt) {

    public record Disposition(Long assetId, String assetName, DispositionMethod method, String recipient,
            Long documentId, String notes, String confirmedBy, OffsetDateTime confirmedAt) {
    }

    public record PendingAsset(Long assetId, String name) {
    }

    public record CheckedItem(TransitionItem item, String label, CheckStatus status, String checkedBy,
            OffsetDateTime checkedAt) {
    }
}
