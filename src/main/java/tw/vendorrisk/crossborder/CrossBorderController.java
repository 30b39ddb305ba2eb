package tw.vendorrisk.crossborder;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import tw.vendorrisk.common.AllowedGroups;
import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.common.Groups;

/** Cross-border processing of a contract (10.2) over JSON: {@code /api/contracts/{id}/cross-border}. */
@RestController
@RequestMapping("/api/contracts/{contractId}/cross-border")
class CrossBorderController {

    private final CrossBorderService crossBorder;
    private final CurrentUser currentUser;

    CrossBorderController(CrossBorderService crossBorder, CurrentUser currentUser) {
        this.crossBorder = crossBorder;
        this.currentUser = currentUser;
    }

    @GetMapping
    ArrangementView arrangement(@PathVariable Long contractId) {
        return ArrangementView.of(contractId, crossBorder.arrangement(contractId));
    }

    @PostMapping
    @AllowedGroups({Groups.LEGAL, Groups.INFOSEC, Groups.ADMIN})
    ResponseEntity<ArrangementView> record(@PathVariable Long contractId, @Valid @RequestBody ArrangementRequest request) {
        CrossBorderArrangement arrangement = crossBorder.record(contractId, request, currentUser.id());
        return ResponseEntity.created(URI.create("/api/contracts/" + contractId + "/cross-border"))
                .body(ArrangementView.of(contractId, arrangement));
    }

    @PutMapping
    @AllowedGroups({Groups.LEGAL, Groups.INFOSEC, Groups.ADMIN})
    ArrangementView update(@PathVariable Long contractId, @Valid @RequestBody ArrangementRequest request) {
        return ArrangementView.of(contractId, crossBorder.update(contractId, request, currentUser.id()));
    }

    @GetMapping("/consents")
    List<ConsentView> consents(@PathVariable Long contractId) {
        return crossBorder.consents(contractId).stream().map(ConsentView::of).toList();
    }

    @PostMapping("/consents")
    @AllowedGroups({Groups.LEGAL, Groups.ADMIN})
    ResponseEntity<ConsentView> recordConsent(@PathVariable Long contractId, @Valid @RequestBody ConsentRequest request) {
        CrossBorderConsent consent = crossBorder.recordConsent(contractId, request, currentUser.id());
        return ResponseEntity.created(URI.create("/api/contracts/" + contractId + "/cross-border/consents/"
                + consent.getId())).body(ConsentView.of(consent));
    }

    @PostMapping("/consents/{consentId}/withdrawal")
    @AllowedGroups({Groups.LEGAL, Groups.ADMIN})
    ConsentView withdraw(@PathVariable Long contractId, @PathVariable Long consentId,
            @Valid @RequestBody WithdrawalRequest request) {
        return ConsentView.of(crossBorder.withdrawConsent(contractId, consentId, request.withdrawnOn()));
    }

    @GetMapping("/transfers")
    List<TransferView> transfers(@PathVariable Long contractId) {
        return crossBorder.transfers(contractId).stream().map(TransferView::of).toList();
    }

    @PostMapping("/transfers")
    @AllowedGroups({Groups.INFOSEC, Groups.ADMIN})
    ResponseEntity<TransferView> logTransfer(@PathVariable Long contractId, @Valid @RequestBody TransferRequest request) {
        CrossBorderTransfer transfer = crossBorder.logTransfer(contractId, request, currentUser.id());
        return ResponseEntity.created(URI.create("/api/contracts/" + contractId + "/cross-border/transfers/"
                + transfer.getId())).body(TransferView.of(transfer));
    }

    record CategoryView(String code, String description, String purpose, boolean sensitive) {
        static CategoryView of(DataCategory c) {
            return new CategoryView(c.getCode(), c.getDescription(), c.getPurpose(), c.isSensitive());
        }
    }

    record ArrangementView(Long id, Long contractId, RecipientKind recipientKind, String recipientName,
            String recipientCountry, String processingDescription, List<CategoryView> dataCategories,
            boolean authorizedStaffOnly, boolean dataSegregated, boolean returnedOnRequest,
            boolean encryptionInTransit, String encryptionMethod, boolean pdpaChecked, String pdpaCheckNotes,
            boolean regulatorLimitsChecked, String regulatorLimitsNotes, String recordedBy, OffsetDateTime recordedAt,
            String updatedBy, OffsetDateTime updatedAt) {
        static ArrangementView of(Long contractId, CrossBorderArrangement a) {
            return new ArrangementView(a.getId(), contractId, a.getRecipientKind(), a.getRecipientName(),
                    a.getRecipientCountry(), a.getProcessingDescription(),
                    a.getDataCategories().stream().map(CategoryView::of).toList(), a.isAuthorizedStaffOnly(),
                    a.isDataSegregated(), a.isReturnedOnRequest(), a.isEncryptionInTransit(), a.getEncryptionMethod(),
                    a.isPdpaChecked(), a.getPdpaCheckNotes(), a.isRegulatorLimitsChecked(), a.getRegulatorLimitsNotes(),
                    a.getRecordedBy(), a.getRecordedAt(), a.getUpdatedBy(), a.getUpdatedAt());
        }
    }

    record ConsentView(Long id, String dataSubjectRef, List<String> categories, LocalDate consentedOn,
            String evidenceReference, LocalDate withdrawnOn, String recordedBy, OffsetDateTime recordedAt) {
        static ConsentView of(CrossBorderConsent c) {
            return new ConsentView(c.getId(), c.getDataSubjectRef(), c.getCategories(), c.getConsentedOn(),
                    c.getEvidenceReference(), c.getWithdrawnOn(), c.getRecordedBy(), c.getRecordedAt());
        }
    }

    record SubjectView(String dataSubjectRef, String consentIds) {
    }

    record TransferView(Long id, List<String> categories, boolean sensitive, boolean encrypted, int recordCount,
            String reference, OffsetDateTime transferredAt, String recordedBy, List<SubjectView> subjects) {
        static TransferView of(CrossBorderTransfer t) {
            return new TransferView(t.getId(), t.getCategories(), t.isSensitive(), t.isEncrypted(), t.getRecordCount(),
                    t.getReference(), t.getTransferredAt(), t.getRecordedBy(), t.getSubjects().stream()
                            .map(s -> new SubjectView(s.getDataSubjectRef(),
                                    s.getConsentIds() == null || s.getConsentIds().isEmpty() ? null : s.getConsentIds()))
                            .toList());
        }
    }
}
