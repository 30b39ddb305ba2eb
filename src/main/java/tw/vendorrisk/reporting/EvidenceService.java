package tw.vendorrisk.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import tw.vendorrisk.change.ChangeRecord;
import tw.vendorrisk.change.ChangeRecordRepository;
import tw.vendorrisk.common.Csv;
import tw.vendorrisk.contract.CheckReportPdf;
import tw.vendorrisk.contract.ClauseCheckRecord;
import tw.vendorrisk.contract.ClauseCheckRecordRepository;
import tw.vendorrisk.contract.ContractService;
import tw.vendorrisk.document.DocumentStore;
import tw.vendorrisk.access.AccessGrant;
import tw.vendorrisk.access.AccessGrantRepository;
import tw.vendorrisk.register.CertificateRepository;
import tw.vendorrisk.register.Contract;
import tw.vendorrisk.register.ContractDocument;
import tw.vendorrisk.register.ContractRepository;
import tw.vendorrisk.termination.InformationAsset;
import tw.vendorrisk.termination.InformationAssetRepository;
import tw.vendorrisk.register.NdaRepository;
import tw.vendorrisk.register.OrganizationService;
import tw.vendorrisk.register.OutsourcedService;
import tw.vendorrisk.register.OutsourcedServiceRepository;
import tw.vendorrisk.oversight.OversightActivity;
import tw.vendorrisk.oversight.OversightActivityRepository;
import tw.vendorrisk.register.RegisterService;
import tw.vendorrisk.oversight.RemediationItem;
import tw.vendorrisk.oversight.RemediationItemRepository;
import tw.vendorrisk.selection.SelectionDecisionRepository;
import tw.vendorrisk.register.Vendor;
import tw.vendorrisk.termination.AssetDisposition;
import tw.vendorrisk.termination.AssetDispositionRepository;
import tw.vendorrisk.termination.TerminationRecord;
import tw.vendorrisk.termination.TerminationRecordRepository;
import tw.vendorrisk.termination.TransitionCheckItem;
import tw.vendorrisk.termination.TransitionCheckItemRepository;

/**
 * Builds a vendor's evidence pack for an examiner from the register and the engine's history, with
 * nothing typed twice: a ZIP with the summary PDF, the evidence from history per obligation, every
 * document kept with the vendor's contracts (whatever its kind, destruction certificates included) with
 * the clause check reports as PDF, the timeline of audits and reviews, the findings to remedy, the
 * information assets and how each left the arrangement at termination, and a manifest with each
 * file's SHA-256. Each download is
 * recorded ({@link EvidenceDownload}).
 */
@Service
public class EvidenceService {

    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final RegisterService register;
    private final OrganizationService organization;
    private final OutsourcedServiceRepository services;
    private final ContractRepository contracts;
    private final DocumentStore documents;
    private final ClauseCheckRecordRepository clauseChecks;
    private final SelectionDecisionRepository decisions;
    private final NdaRepository ndas;
    private final CertificateRepository certificates;
    private final AccessGrantRepository accessGrants;
    private final OversightActivityRepository activities;
    private final RemediationItemRepository remediation;
    private final ChangeRecordRepository changes;
    private final InformationAssetRepository assets;
    private final TerminationRecordRepository terminations;
    private final AssetDispositionRepository dispositions;
    private final TransitionCheckItemRepository transitionChecks;
    private final ContractService contractService;
    private final CheckReportPdf checkReportPdf;
    private final EvidenceHistory history;
    private final EvidenceSummaryPdf summaryPdf;
    private final EvidenceDownloadRepository downloads;
    private final ObjectMapper json;

    EvidenceService(RegisterService register, OrganizationService organization, OutsourcedServiceRepository services,
            ContractRepository contracts, DocumentStore documents,
            ClauseCheckRecordRepository clauseChecks, SelectionDecisionRepository decisions, NdaRepository ndas,
            CertificateRepository certificates, AccessGrantRepository accessGrants,
            OversightActivityRepository activities, RemediationItemRepository remediation,
            ChangeRecordRepository changes, InformationAssetRepository assets,
            TerminationRecordRepository terminations, AssetDispositionRepository dispositions,
            TransitionCheckItemRepository transitionChecks, ContractService contractService,
            CheckReportPdf checkReportPdf, EvidenceHistory history,
            EvidenceSummaryPdf summaryPdf, EvidenceDownloadRepository downloads, ObjectMapper json) {
        this.register = register;
        this.organization = organization;
        this.services = services;
        this.contracts = contracts;
        this.documents = documents;
        this.clauseChecks = clauseChecks;
        this.decisions = decisions;
        this.ndas = ndas;
        this.certificates = certificates;
        this.accessGrants = accessGrants;
        this.activities = activities;
        this.remediation = remediation;
        this.changes = changes;
        this.assets = assets;
        this.terminations = terminations;
        this.dispositions = dispositions;
        this.transitionChecks = transitionChecks;
        this.contractService = contractService;
        this.checkReportPdf = checkReportPdf;
        this.history = history;
        this.summaryPdf = summaryPdf;
        this.downloads = downloads;
        this.json = json;
    }

    /** A built pack: the ZIP's file name, content and digest, and how many files it holds. */
    public record EvidencePack(Long vendorId, String fileName, byte[] content, String sha256, int files) {
    }

    /** Builds the pack of a vendor (404 for an unknown one); {@code user} is named in the summary. */
    @Transactional(readOnly = true)
    public EvidencePack build(Long vendorId, String user) {
        Vendor vendor = register.vendor(vendorId);
        EvidenceRecords records = records(vendor);
        EvidenceHistory.Trail trail = history.trail(new EvidenceHistory.Scope(vendorId,
                records.services().stream().map(OutsourcedService::getId).toList(),
                records.contracts().stream().map(Contract::getId).toList(), records.processInstanceIds()));
        OffsetDateTime now = OffsetDateTime.now();

        EvidenceZip zip = new EvidenceZip();
        for (Contract contract : records.contracts()) {
            String folder = folder(contract);
            for (ContractDocument document : records.documents().get(contract.getId())) {
                zip.add(documentPath(document), document.getContent(),
                        document.getKind() + ", uploaded by " + document.getUploadedBy() + " at "
                                + EvidenceSummaryPdf.format(document.getUploadedAt())
                                + ", SHA-256 in register " + document.getSha256());
            }
            for (ClauseCheckRecord check : records.clauseChecks().get(contract.getId())) {
                zip.add(folder + "clause-check-" + check.getId() + ".pdf",
                        checkReportPdf.render(contractService.keptCheck(check.getId())),
                        "Clause check report (7.1) of document " + check.getDocumentId() + ", checked by "
                                + check.getCheckedBy() + " at " + EvidenceSummaryPdf.format(check.getCheckedAt()));
            }
        }
        zip.add("timeline.csv", timeline(records), "Audits, on-site reviews and SLA reports with due and done dates");
        zip.add("remediation.csv", remediationCsv(records), "Findings to remedy, with due and done dates");
        zip.add("termination.csv", terminationCsv(records),
                "Information assets of each terminated arrangement and how each was returned, destroyed or handed over");
        zip.add("history/process-instances.json", toJson(trail.instances()),
                "Process instances of the vendor, with final variables and user operations outside tasks");
        trail.byObligation().forEach((obligation, steps) -> {
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("obligation", obligation);
            evidence.put("steps", steps);
            zip.add("obligations/" + EvidenceZip.safeName(obligation) + ".json", toJson(evidence),
                    "Evidence from history for obligation " + obligation);
        });
        byte[] summary = summaryPdf.render(records, trail, zip.entries(), user, now);
        byte[] content = zip.write(summary);
        String fileName = "evidence-" + vendor.getTaxId() + "-"
                + now.atZoneSameInstant(ZoneId.systemDefault()).format(STAMP) + ".zip";
        return new EvidencePack(vendorId, fileName, content, DocumentStore.sha256(content), zip.entries().size() + 2);
    }

    /** Records who downloaded the pack, when, and its size and digest. */
    @Transactional
    public EvidenceDownload recordDownload(EvidencePack pack, String user) {
        return downloads.save(new EvidenceDownload(pack.vendorId(), user, pack.content().length, pack.sha256()));
    }

    private EvidenceRecords records(Vendor vendor) {
        Long vendorId = vendor.getId();
        List<Contract> vendorContracts = contracts.findByVendorIdOrderById(vendorId);
        Map<Long, List<ContractDocument>> documentsByContract = new LinkedHashMap<>();
        Map<Long, List<ClauseCheckRecord>> checksByContract = new LinkedHashMap<>();
        Map<Long, List<AccessGrant>> grantsByContract = new LinkedHashMap<>();
        Map<Long, List<OversightActivity>> oversightByContract = new LinkedHashMap<>();
        Map<Long, List<RemediationItem>> remediationByActivity = new LinkedHashMap<>();
        Map<Long, List<ChangeRecord>> changesByContract = new LinkedHashMap<>();
        Map<Long, List<InformationAsset>> assetsByContract = new LinkedHashMap<>();
        Map<Long, TerminationRecord> terminationByContract = new LinkedHashMap<>();
        Map<Long, List<AssetDisposition>> dispositionsByTermination = new LinkedHashMap<>();
        Map<Long, List<TransitionCheckItem>> checklistByTermination = new LinkedHashMap<>();
        for (Contract contract : vendorContracts) {
            changesByContract.put(contract.getId(), changes.findByContractIdOrderById(contract.getId()));
            assetsByContract.put(contract.getId(),
                    assets.findInArrangement(contract.getService().getId(), contract.getId()));
            terminations.findByContractId(contract.getId()).ifPresent(termination -> {
                terminationByContract.put(contract.getId(), termination);
                dispositionsByTermination.put(termination.getId(),
                        dispositions.findByTerminationIdOrderById(termination.getId()));
                checklistByTermination.put(termination.getId(),
                        transitionChecks.findByTerminationIdOrderById(termination.getId()));
            });
            documentsByContract.put(contract.getId(), documents.list(contract.getId()));
            checksByContract.put(contract.getId(), clauseChecks.findByContractIdOrderById(contract.getId()));
            grantsByContract.put(contract.getId(), accessGrants.findByContractIdOrderById(contract.getId()));
            List<OversightActivity> contractOversight = activities.findByContractIdOrderByKindAscSequenceNoAsc(
                    contract.getId()).stream()
                    .sorted(Comparator.comparing(OversightActivity::getDueOn)
                            .thenComparing(OversightActivity::getId))
                    .toList();
            oversightByContract.put(contract.getId(), contractOversight);
            contractOversight.forEach(activity -> remediationByActivity.put(activity.getId(),
                    remediation.findByActivityIdOrderBySequenceNo(activity.getId())));
        }
        return new EvidenceRecords(vendor, organization.profile(), services.findByVendorIdOrderById(vendorId),
                vendorContracts, documentsByContract, checksByContract,
                decisions.findByVendorIdOrderByDecidedAt(vendorId), ndas.findByVendorIdOrderBySignedOnDesc(vendorId),
                certificates.findByVendorIdOrderByExpiresOn(vendorId), grantsByContract, oversightByContract,
                remediationByActivity, changesByContract, assetsByContract, terminationByContract,
                dispositionsByTermination, checklistByTermination);
    }

    static String folder(Contract contract) {
        return "documents/contract-" + contract.getId() + "/";
    }

    /** Where a contract document lies in the pack. */
    static String documentPath(ContractDocument document) {
        return folder(document.getContract()) + document.getId() + "-" + document.getKind() + "-"
                + EvidenceZip.safeName(document.getFileName());
    }

    private static byte[] timeline(EvidenceRecords records) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("contract_id", "service", "kind", "sequence_no", "ad_hoc", "period_start", "period_end",
                "opens_on", "due_on", "status", "opened_at", "completed_at", "completed_by", "done_on_time",
                "outcome", "summary", "document_id", "process_instance_id"));
        for (Contract contract : records.contracts()) {
            for (OversightActivity activity : records.oversight().get(contract.getId())) {
                rows.add(Arrays.asList(contract.getId(), contract.getService().getDescription(),
                        activity.getKind(), activity.getSequenceNo(), activity.isAdHoc(), activity.getPeriodStart(),
                        activity.getPeriodEnd(), activity.getOpensOn(), activity.getDueOn(), activity.getStatus(),
                        EvidenceSummaryPdf.format(activity.getOpenedAt()),
                        EvidenceSummaryPdf.format(activity.getCompletedAt()), activity.getCompletedBy(),
                        onTime(activity), activity.getOutcome(), activity.getSummary(), activity.getDocumentId(),
                        activity.getProcessInstanceId()));
            }
        }
        return Csv.write(rows);
    }

    /**
     * One row per information asset of each terminated arrangement (13.2.2): how it left (13.1.b,
     * 13.2.3), who confirmed it and when, and for a destruction the certificate's path in the pack.
     * An asset still to be disposed of has an empty disposition.
     */
    private static byte[] terminationCsv(EvidenceRecords records) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("contract_id", "termination_id", "reason", "termination_status", "deadline_at", "asset_id",
                "asset_name", "classification", "trade_secret", "location", "asset_status", "disposition",
                "recipient", "confirmed_by", "confirmed_at", "document_id", "document_path", "notes"));
        for (Contract contract : records.contracts()) {
            TerminationRecord termination = records.terminations().get(contract.getId());
            if (termination == null) {
                continue;
            }
            Map<Long, ContractDocument> documentsById = new LinkedHashMap<>();
            records.documents().get(contract.getId()).forEach(d -> documentsById.put(d.getId(), d));
            for (InformationAsset asset : records.assets().get(contract.getId())) {
                AssetDisposition disposition = records.dispositionOf(termination, asset);
                ContractDocument certificate = disposition == null || disposition.getDocumentId() == null ? null
                        : documentsById.get(disposition.getDocumentId());
                rows.add(Arrays.asList(contract.getId(), termination.getId(), termination.getReason(),
                        termination.getStatus(), EvidenceSummaryPdf.format(termination.getDeadlineAt()),
                        asset.getId(), asset.getName(), asset.getClassification(), asset.isTradeSecret(),
                        asset.getLocation(), asset.getStatus(),
                        disposition == null ? null : disposition.getMethod(),
                        disposition == null ? null : disposition.getRecipient(),
                        disposition == null ? null : disposition.getConfirmedBy(),
                        disposition == null ? null : EvidenceSummaryPdf.format(disposition.getConfirmedAt()),
                        disposition == null ? null : disposition.getDocumentId(),
                        certificate == null ? null : documentPath(certificate),
                        disposition == null ? null : disposition.getNotes()));
            }
        }
        return Csv.write(rows);
    }

    private static byte[] remediationCsv(EvidenceRecords records) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("contract_id", "activity_kind", "activity_sequence_no", "item_no", "description", "due_on",
                "status", "done_at", "done_by", "resolution", "escalated_at"));
        for (Contract contract : records.contracts()) {
            for (OversightActivity activity : records.oversight().get(contract.getId())) {
                for (RemediationItem item : records.remediation().get(activity.getId())) {
                    rows.add(Arrays.asList(contract.getId(), activity.getKind(), activity.getSequenceNo(),
                            item.getSequenceNo(), item.getDescription(), item.getDueOn(), item.getStatus(),
                            EvidenceSummaryPdf.format(item.getDoneAt()), item.getDoneBy(), item.getResolution(),
                            EvidenceSummaryPdf.format(item.getEscalatedAt())));
                }
            }
        }
        return Csv.write(rows);
    }

    /** "yes" when done by its due date, "no" when done late, empty while not done. */
    static String onTime(OversightActivity activity) {
        if (activity.getCompletedAt() == null) {
            return null;
        }
        LocalDate done = activity.getCompletedAt().atZoneSameInstant(ZoneId.systemDefault()).toLocalDate();
        return done.isAfter(activity.getDueOn()) ? "no" : "yes";
    }

    private byte[] toJson(Object value) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Evidence cannot be written as JSON", e);
        }
    }
}
