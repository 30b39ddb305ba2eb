package tw.vendorrisk.termination;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.vendorrisk.common.EngineClock;
import tw.vendorrisk.document.DocumentStore;
import tw.vendorrisk.document.UploadedFile;
import tw.vendorrisk.contract.ContractSigningProcess;
import tw.vendorrisk.access.AccessService;
import tw.vendorrisk.register.Contract;
import tw.vendorrisk.register.ContractRepository;
import tw.vendorrisk.register.ContractStatus;
import tw.vendorrisk.register.DocumentKind;
import tw.vendorrisk.register.RegisterException;

/**
 * What a termination writes to the register (Art. 13): the contract ends and access stops at once,
 * each information asset's disposition, the transition checklist, the confidentiality that
 * continues, the deadline and its escalation.
 */
@Service
@Transactional
public class TerminationService {

    static final int MAX_TEXT = 2000;
    static final int MAX_NAME = 200;

    private final ContractRepository contracts;
    private final ContractEnding contractEnding;
    private final TerminationRecordRepository terminations;
    private final AssetDispositionRepository dispositions;
    private final TransitionCheckItemRepository checkItems;
    private final InformationAssetRepository assets;
    private final DocumentStore documents;
    private final AccessService access;

    TerminationService(ContractRepository contracts, ContractEnding contractEnding,
            TerminationRecordRepository terminations, AssetDispositionRepository dispositions,
            TransitionCheckItemRepository checkItems, InformationAssetRepository assets,
            DocumentStore documents, AccessService access) {
        this.contracts = contracts;
        this.contractEnding = contractEnding;
        this.terminations = terminations;
        this.dispositions = dispositions;
        this.checkItems = checkItems;
        this.assets = assets;
        this.documents = documents;
        this.access = access;
    }

    /** What the process needs once the contract has ended. */
    public record Started(Long terminationId, Long contractId, Long serviceId, String vendorName,
            String serviceDescription, int accessRevoked, int oversightCancelled, int assetCount, int deadlineDays,
            Date deadline) {
    }

    /** An asset as the disposition task shows it. */
    public record AssetDetails(Long assetId, String name, String description, String classification,
            String location, boolean tradeSecret) {
    }

    /**
     * Opens the termination of a signed (or already expired) contract and ends it at once: every
     * active access grant is revoked, its oversight is cancelled and the processes waiting for the
     * contract's end are told (13.1.a, 8.2). The service ends too unless another contract of it
     * still runs. One termination per contract.
     */
    public Started start(Long contractId, TerminationReason reason, String notes, Long changeId, String user,
            String processInstanceId) {
        Contract contract = contracts.findById(contractId)
                .orElseThrow(() -> RegisterException.notFound("Contract", contractId));
        if (contract.getStatus() == ContractStatus.DRAFTING) {
            throw RegisterException.invalid("contractId", "Contract " + contractId
                    + " is DRAFTING: only a signed contract is terminated.");
        }
        terminations.findByContractId(contractId).ifPresent(existing -> {
            throw new RegisterException(RegisterException.Kind.CONFLICT, "contractId", "Contract " + contractId
                    + " is already being terminated (termination " + existing.getId() + ", "
                    + existing.getStatus() + ").");
        });
        requireLength("terminationNotes", notes, MAX_TEXT);
        int days = deadlineDays(contract);
        OffsetDateTime now = EngineClock.now();
        TerminationRecord record = terminations.save(new TerminationRecord(contract, reason, blankToNull(notes),
                changeId, user, processInstanceId, now, days));
        ContractEnding.Ended ended = contractEnding.end(contractId, reason.revocationReason(), user);
        record.recordAccessEnded(ended.accessRevoked(), ended.oversightCancelled());
        if (contracts.countByServiceIdAndStatus(contract.getService().getId(), ContractStatus.SIGNED) == 0) {
            contract.getService().end();
        }
        int assetCount = assetsToDispose(record.getId()).size();
        return new Started(record.getId(), contractId, contract.getService().getId(), contract.getVendor().getName(),
                contract.getService().getDescription(), ended.accessRevoked(), ended.oversightCancelled(), assetCount,
                days, Date.from(record.getDeadlineAt().toInstant()));
    }

    /** The termination deadline agreed for the contract (13.2.5); 1 to 365 days. */
    public Contract setDeadlineDays(Long contractId, int days) {
        Contract contract = contracts.findById(contractId)
                .orElseThrow(() -> RegisterException.notFound("Contract", contractId));
        if (days < 1 || days > 365) {
            throw RegisterException.invalid("days", "The termination deadline is 1 to 365 days, not " + days + ".");
        }
        terminations.findByContractId(contractId).ifPresent(existing -> {
            throw new RegisterException(RegisterException.Kind.CONFLICT, "days", "Contract " + contractId
                    + " is already being terminated with a deadline of " + existing.getDeadlineDays()
                    + " days; the deadline is set before the termination starts.");
        });
        contract.setTerminationDeadlineDays(days);
        return contract;
    }

    static int deadlineDays(Contract contract) {
        Integer days = contract.getTerminationDeadlineDays();
        return days == null ? VendorTerminationProcess.DEFAULT_DEADLINE_DAYS : days;
    }

    /** The assets of the arrangement still to be returned, destroyed or handed over, in order. */
    @Transactional(readOnly = true)
    public List<Long> assetsToDispose(Long terminationId) {
        TerminationRecord record = termination(terminationId);
        Contract contract = record.getContract();
        return assets.findInArrangement(contract.getService().getId(), contract.getId()).stream()
                .filter(asset -> asset.getStatus() == AssetStatus.IN_USE)
                .map(InformationAsset::getId)
                .toList();
    }

    @Transactional(readOnly = true)
    public AssetDetails assetDetails(Long terminationId, Long assetId) {
        InformationAsset asset = assetOf(termination(terminationId), assetId);
        return new AssetDetails(asset.getId(), asset.getName(), asset.getDescription(),
                asset.getClassification().name(), asset.getLocation(), asset.isTradeSecret());
    }

    /**
     * Records how one asset left the arrangement, confirmed by the user (13.1.b, 13.2.3). Destroying
     * needs the vendor's destruction certificate (a PDF or image up to 10 MB), which the register
     * keeps; handing over needs the recipient.
     */
    public AssetDisposition recordDisposition(Long terminationId, Long assetId, DispositionMethod method,
            String recipient, String notes, UploadedFile certificate, String user) {
        TerminationRecord record = termination(terminationId);
        InformationAsset asset = assetOf(record, assetId);
        requireLength("recipient", recipient, MAX_NAME);
        requireLength("dispositionNotes", notes, MAX_TEXT);
        if (method == DispositionMethod.HAND_OVER && isBlank(recipient)) {
            throw RegisterException.invalid("recipient", "Name the recipient that takes over '" + asset.getName()
                    + "' (the new vendor or the organization's own team).");
        }
        Long documentId = null;
        if (method == DispositionMethod.DESTROY) {
            if (certificate == null || certificate.isEmpty()) {
                throw RegisterException.invalid(VendorTerminationProcess.Variables.DESTRUCTION_CERTIFICATE,
                        "Upload the vendor's destruction certificate for '" + asset.getName() + "' (13.1.b).");
            }
            documentId = documents.store(record.getContract().getId(), DocumentKind.DESTRUCTION_CERT, certificate,
                    user).getId();
        } else if (certificate != null) {
            throw RegisterException.invalid(VendorTerminationProcess.Variables.DESTRUCTION_CERTIFICATE,
                    "A destruction certificate belongs to a destruction: choose DESTROY for '" + asset.getName()
                            + "' or leave the file out.");
        }
        if (dispositions.existsByTerminationIdAndAssetId(terminationId, assetId)) {
            throw RegisterException.invalid("assetId", "The disposition of '" + asset.getName()
                    + "' is already recorded.");
        }
        asset.dispose(method.outcome());
        return dispositions.save(new AssetDisposition(record, asset, method, blankToNull(recipient), documentId,
                blankToNull(notes), user, EngineClock.now()));
    }

    /**
     * Records the transition security requirements checked off (13.2.1): every requirement is DONE or
     * NOT_APPLICABLE, and any that does not apply is explained in the notes; a new vendor is named.
     */
    public void recordTransition(Long terminationId, TransitionTarget target, String successorName,
            Map<TransitionItem, CheckStatus> items, String notes, String user) {
        TerminationRecord record = termination(terminationId);
        requireLength("successorName", successorName, MAX_NAME);
        requireLength("transitionNotes", notes, MAX_TEXT);
        List<String> unchecked = new ArrayList<>();
        for (TransitionItem item : TransitionItem.values()) {
            if (items.get(item) == null) {
                unchecked.add(item.variable());
            }
        }
        if (!unchecked.isEmpty()) {
            throw RegisterException.invalid(unchecked.get(0), "Check off every transition requirement as DONE or "
                    + "NOT_APPLICABLE; still open: " + String.join(", ", unchecked) + ".");
        }
        if (items.containsValue(CheckStatus.NOT_APPLICABLE) && isBlank(notes)) {
            throw RegisterException.invalid("transitionNotes", "Say in the notes why "
                    + items.entrySet().stream().filter(entry -> entry.getValue() == CheckStatus.NOT_APPLICABLE)
                            .map(entry -> entry.getKey().variable()).collect(Collectors.joining(", "))
                    + " does not apply.");
        }
        if (target == TransitionTarget.NEW_VENDOR && isBlank(successorName)) {
            throw RegisterException.invalid("successorName", "Name the new vendor that takes over the service.");
        }
        if (!checkItems.findByTerminationIdOrderById(terminationId).isEmpty()) {
            throw RegisterException.invalid("terminationId", "The transition of termination " + terminationId
                    + " is already checked.");
        }
        OffsetDateTime now = EngineClock.now();
        items.forEach((item, status) -> checkItems.save(new TransitionCheckItem(record, item, status, user, now)));
        record.recordTransition(target, blankToNull(successorName), blankToNull(notes), user, now);
    }

    /**
     * Records that confidentiality continues after the end (13.2.4), until a date or without end. A
     * confidentiality that does not continue needs the reason in the notes.
     */
    public void recordConfidentiality(Long terminationId, boolean continues, LocalDate until, String notes,
            String user) {
        TerminationRecord record = termination(terminationId);
        requireLength("confidentialityNotes", notes, MAX_TEXT);
        if (!continues && until != null) {
            throw RegisterException.invalid("confidentialityUntil",
                    "An end date is given for a confidentiality that does not continue.");
        }
        if (!continues && isBlank(notes)) {
            throw RegisterException.invalid("confidentialityNotes", "Confidentiality continues after the end of the "
                    + "arrangement (13.2.4); if it does not, say why in the notes.");
        }
        LocalDate today = EngineClock.today();
        if (until != null && !until.isAfter(today)) {
            throw RegisterException.invalid("confidentialityUntil", "Confidentiality continues until a day after today ("
                    + today + "), not " + until + ".");
        }
        record.recordConfidentiality(continues, until, blankToNull(notes), user, EngineClock.now());
    }

    /** The deadline passed (13.2.5): marks the termination escalated and says what is still open. */
    public String markOverdue(Long terminationId) {
        TerminationRecord record = termination(terminationId);
        record.markEscalated(EngineClock.now());
        List<String> open = new ArrayList<>();
        List<String> assetsLeft = assetsToDispose(terminationId).stream()
                .map(id -> assets.findById(id).map(InformationAsset::getName).orElse("#" + id)).toList();
        if (!assetsLeft.isEmpty()) {
            open.add("資產未處置 Assets not yet returned, destroyed or handed over: " + String.join(", ", assetsLeft));
        }
        if (record.getTransitionCheckedAt() == null) {
            open.add("移轉資安要求未勾核 Transition security requirements not checked off (13.2.1)");
        }
        if (record.getConfidentialityRecordedAt() == null) {
            open.add("保密延續未登錄 Confidentiality continuation not recorded (13.2.4)");
        }
        return open.isEmpty() ? "無 None" : open.stream().map(item -> "- " + item).collect(Collectors.joining("\n"));
    }

    public void recordEscalationAction(Long terminationId, String action, String user) {
        if (isBlank(action)) {
            throw RegisterException.invalid("escalationAction", "Say what is done about the overdue termination.");
        }
        requireLength("escalationAction", action, MAX_TEXT);
        termination(terminationId).recordEscalationAction(action.strip(), user);
    }

    public void complete(Long terminationId) {
        termination(terminationId).complete(EngineClock.now());
    }

    @Transactional(readOnly = true)
    public TerminationRecord termination(Long terminationId) {
        return terminations.findById(terminationId)
                .orElseThrow(() -> RegisterException.notFound("Termination", terminationId));
    }

    @Transactional(readOnly = true)
    public TerminationRecord terminationOfContract(Long contractId) {
        return terminations.findByContractId(contractId)
                .orElseThrow(() -> RegisterException.notFound("Termination of contract", contractId));
    }

    /** The termination of a contract with its dispositions, checklist and the access still active. */
    @Transactional(readOnly = true)
    public TerminationReport report(Long contractId) {
        TerminationRecord t = terminationOfContract(contractId);
        Contract contract = t.getContract();
        List<TerminationReport.Disposition> done = dispositions(t.getId()).stream()
                .map(d -> new TerminationReport.Disposition(d.getAsset().getId(), d.getAsset().getName(), d.getMethod(),
                        d.getRecipient(), d.getDocumentId(), d.getNotes(), d.getConfirmedBy(), d.getConfirmedAt()))
                .toList();
        List<TerminationReport.PendingAsset> pending = assetsToDispose(t.getId()).stream()
                .map(id -> new TerminationReport.PendingAsset(id, assets.findById(id).map(InformationAsset::getName)
                        .orElse(null)))
                .toList();
        List<TerminationReport.CheckedItem> checklist = transitionChecklist(t.getId()).stream()
                .map(i -> new TerminationReport.CheckedItem(i.getItem(), i.getItem().label(), i.getStatus(),
                        i.getCheckedBy(), i.getCheckedAt()))
                .toList();
        return new TerminationReport(t.getId(), contractId, contract.getVendor().getName(),
                contract.getService().getDescription(), t.getReason(), t.getNotes(), t.getChangeId(), t.getStatus(),
                t.getStartedBy(), t.getStartedAt(), t.getProcessInstanceId(), t.getAccessRevokedCount(),
                t.getAccessRevokedAt(), access.activeCount(contractId), t.getOversightCancelledCount(),
                t.getDeadlineDays(), t.getDeadlineAt(), done, pending, t.getTransitionTarget(), t.getSuccessorName(),
                t.getTransitionNotes(), t.getTransitionCheckedBy(), t.getTransitionCheckedAt(), checklist,
                t.getConfidentialityContinues(), t.getConfidentialityUntil(), t.getConfidentialityNotes(),
                t.getConfidentialityRecordedBy(), t.getConfidentialityRecordedAt(), t.getEscalatedAt(),
                t.getEscalationAction(), t.getEscalationHandledBy(), t.getCompletedAt());
    }

    /** The contract whose termination a process instance runs; null when it refused to start. */
    @Transactional(readOnly = true)
    public Long contractOfProcess(String processInstanceId) {
        return terminations.findByProcessInstanceId(processInstanceId).map(t -> t.getContract().getId()).orElse(null);
    }

    @Transactional(readOnly = true)
    public List<AssetDisposition> dispositions(Long terminationId) {
        return dispositions.findByTerminationIdOrderById(terminationId);
    }

    @Transactional(readOnly = true)
    public List<TransitionCheckItem> transitionChecklist(Long terminationId) {
        return checkItems.findByTerminationIdOrderById(terminationId);
    }

    private InformationAsset assetOf(TerminationRecord record, Long assetId) {
        InformationAsset asset = assets.findById(assetId)
                .orElseThrow(() -> RegisterException.notFound("Information asset", assetId));
        Contract contract = record.getContract();
        boolean inArrangement = asset.getService().getId().equals(contract.getService().getId())
                && (asset.getContract() == null || asset.getContract().getId().equals(contract.getId()));
        if (!inArrangement) {
            throw RegisterException.invalid("assetId", "Information asset " + assetId
                    + " is not part of contract " + contract.getId() + ".");
        }
        return asset;
    }

    private static void requireLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw RegisterException.invalid(field, field + " has " + value.length() + " characters; at most " + max
                    + " are kept.");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return isBlank(value) ? null : value.strip();
    }
}
