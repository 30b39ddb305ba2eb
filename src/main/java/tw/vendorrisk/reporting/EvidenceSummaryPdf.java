package tw.vendorrisk.reporting;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import tw.vendorrisk.change.ChangeRecord;
import tw.vendorrisk.common.TextPdf;
import tw.vendorrisk.contract.ClauseCheckRecord;
import tw.vendorrisk.access.AccessGrant;
import tw.vendorrisk.termination.AssetStatus;
import tw.vendorrisk.selection.CapabilityScores;
import tw.vendorrisk.register.Certificate;
import tw.vendorrisk.register.Contract;
import tw.vendorrisk.register.ContractDocument;
import tw.vendorrisk.register.ContractStatus;
import tw.vendorrisk.termination.InformationAsset;
import tw.vendorrisk.register.Nda;
import tw.vendorrisk.register.OutsourcedService;
import tw.vendorrisk.oversight.OversightActivity;
import tw.vendorrisk.oversight.RemediationItem;
import tw.vendorrisk.selection.SelectionDecision;
import tw.vendorrisk.register.Vendor;
import tw.vendorrisk.termination.AssetDisposition;
import tw.vendorrisk.termination.TerminationRecord;
import tw.vendorrisk.termination.TransitionCheckItem;

/**
 * The summary of an evidence pack as a PDF: the vendor, its services and contracts, the decisions
 * with who approved what, when and why (selection, concentration exception, clause waiver, vendor
 * access), the NDAs, the audits and reviews with their due and done dates, the changes and their
 * reassessment, each termination as the register keeps it (access stopped, assets and their
 * disposition, transition checklist, confidentiality, deadline and escalation), the process
 * instances in history, the task completions per obligation, and the files of the pack.
 */
@Component
class EvidenceSummaryPdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** Variables shown per task completion in the PDF; the JSON per obligation has them all. */
    private static final int VARIABLES_SHOWN = 20;
    private static final int VALUE_SHOWN = 300;

    private final TextPdf pdf;

    EvidenceSummaryPdf(TextPdf pdf) {
        this.pdf = pdf;
    }

    byte[] render(EvidenceRecords records, EvidenceHistory.Trail trail, List<EvidenceZip.Entry> files, String user,
            OffsetDateTime generatedAt) {
        Vendor vendor = records.vendor();
        return pdf.render("Evidence pack " + vendor.getName(), w -> {
            w.title("廠商證據包 Evidence pack");
            w.heading(vendor.getName());
            w.field("統一編號 Tax ID", vendor.getTaxId());
            w.field("國家 Country", vendor.getCountry());
            w.field("母公司 Parent company", vendor.getParentCompany());
            w.field("市場占有率 Market share %", vendor.getMarketSharePercent());
            w.field("機構 Organization", records.organization().getName() + " (category "
                    + records.organization().getCategory() + ")");
            w.field("產生時間 Generated", format(generatedAt));
            w.field("產生者 Generated for", user);
            w.line("本摘要與附件皆由登錄資料與流程引擎歷程產生。 Everything here comes from the register and the process "
                    + "engine's history; the obligations/ folder holds every step per obligation as JSON, "
                    + "timeline.csv the audits and reviews, termination.csv the information assets and their disposition, "
                    + "documents/ the files, manifest.csv their SHA-256.");

            services(w, records);
            decisions(w, records.decisions());
            ndas(w, records.ndas());
            certificates(w, records.certificates());
            contracts(w, records);
            access(w, records);
            oversight(w, records);
            changes(w, records);
            termination(w, records);
            instances(w, trail);
            obligations(w, trail);
            files(w, files);
        });
    }

    private static void services(TextPdf.Writer w, EvidenceRecords records) {
        w.heading("1. 委外服務與合約 Services and contracts");
        if (records.services().isEmpty()) {
            w.line("None.");
        }
        for (OutsourcedService service : records.services()) {
            w.line("Service #" + service.getId() + " " + service.getDescription());
            w.field("Criticality / status", service.getCriticality() + " / " + service.getStatus()
                    + (service.isCloud() ? " / cloud" : ""));
            w.field("Period", span(service.getPeriodStart(), service.getPeriodEnd()));
            for (Contract contract : records.contractsOf(service)) {
                w.detail("Contract #" + contract.getId() + " " + contract.getPurpose() + ", " + contract.getStatus()
                        + (contract.getTermStart() == null ? ""
                                : ", term " + span(contract.getTermStart(), contract.getTermEnd()))
                        + (contract.getSignedOn() == null ? "" : ", signed on " + contract.getSignedOn()));
            }
        }
    }

    private static void decisions(TextPdf.Writer w, List<SelectionDecision> decisions) {
        w.heading("2. 遴選決策 Selection decisions (4.1, 4.2, 10.1)");
        if (decisions.isEmpty()) {
            w.line("None in the register.");
        }
        for (SelectionDecision decision : decisions) {
            w.line(format(decision.getDecidedAt()) + "  " + decision.getOutcome() + " for service #"
                    + decision.getService().getId() + ", decided by " + decision.getDecidedBy());
            w.field("Reason 理由", decision.getReason());
            CapabilityScores scores = decision.getCapability();
            if (scores != null && scores.financial() != null) {
                w.field("Capability 能力 (financial, management, professional, operating, track record)",
                        scores.financial() + ", " + scores.management() + ", " + scores.professional() + ", "
                                + scores.operating() + ", " + scores.trackRecord()
                                + (scores.notes() == null ? "" : " — " + scores.notes()));
            }
            if (decision.getConcentrationTooHigh() != null) {
                w.field("Concentration 集中度 % (count, spend, critical, market)", decision.getShareByCount() + ", "
                        + decision.getShareBySpend() + ", " + decision.getShareOfCritical() + ", "
                        + decision.getMarketShare() + (decision.getConcentrationTooHigh() ? " — too high" : ""));
            }
            w.field("Incident mechanisms confirmed (10.1)", decision.getIncidentMechanismsConfirmed());
            w.field("Concentration risk assessment", decision.getConcentrationRiskAssessment());
            w.field("Concentration exception approved by 例外核准者", decision.getExceptionApprovedBy());
            w.field("Exception reason 例外理由", decision.getExceptionReason());
            w.field("Process instance", decision.getProcessInstanceId());
        }
    }

    private static void ndas(TextPdf.Writer w, List<Nda> ndas) {
        w.heading("3. 保密協議 NDAs (Art. 5)");
        w.line("The register keeps each NDA's reference, not the signed document; the document is filed under "
                + "its reference. 登錄僅存保密協議編號，正本依編號歸檔。");
        if (ndas.isEmpty()) {
            w.line("None.");
        }
        for (Nda nda : ndas) {
            w.line(nda.getReference() + ", signed on " + nda.getSignedOn()
                    + (nda.getValidUntil() == null ? "" : ", valid until " + nda.getValidUntil())
                    + (nda.getServiceId() == null ? "" : ", service #" + nda.getServiceId())
                    + ", recorded by " + nda.getRecordedBy());
        }
    }

    private static void certificates(TextPdf.Writer w, List<Certificate> certificates) {
        w.heading("4. 第三方驗證 Certificates (4.2.2, 4.2.3)");
        if (certificates.isEmpty()) {
            w.line("None.");
        }
        certificates.forEach(c -> w.line(c.getType() + " " + c.getNumber() + ", expires " + c.getExpiresOn()));
    }

    private static void contracts(TextPdf.Writer w, EvidenceRecords records) {
        w.heading("5. 合約審閱與核准 Contract review and approvals (7.1, 7.2)");
        if (records.contracts().isEmpty()) {
            w.line("No contract.");
        }
        for (Contract contract : records.contracts()) {
            w.line("Contract #" + contract.getId() + " for service #" + contract.getService().getId() + " ("
                    + contract.getPurpose() + ", " + contract.getStatus() + ")");
            for (ClauseCheckRecord check : records.clauseChecks().get(contract.getId())) {
                w.detail("Clause check #" + check.getId() + " of document #" + check.getDocumentId() + " by "
                        + check.getCheckedBy() + " at " + format(check.getCheckedAt()) + ": present "
                        + check.getPresentCount() + ", partial " + check.getPartialCount() + ", missing "
                        + check.getMissingCount() + " (report: clause-check-" + check.getId() + ".pdf)");
            }
            w.field("Clause waiver approved by 條款豁免核准者", contract.getWaiverApprovedBy());
            w.field("Waiver reason 豁免理由", contract.getWaiverReason());
            w.field("Confidentiality undertaking confirmed by (7.2)", contract.getConfidentialityConfirmedBy());
            w.field("Signature recorded by", contract.getSignatureRecordedBy());
            w.field("SLA report frequency / on-site staff", contract.getSlaReportFrequency() == null ? null
                    : contract.getSlaReportFrequency() + " / " + contract.getOnsiteStaff());
            for (ContractDocument document : records.documents().get(contract.getId())) {
                w.detail("Document #" + document.getId() + " " + document.getKind() + " " + document.getFileName()
                        + ", uploaded by " + document.getUploadedBy() + " at " + format(document.getUploadedAt()));
            }
        }
    }

    private static void access(TextPdf.Writer w, EvidenceRecords records) {
        w.heading("6. 廠商人員存取 Vendor staff access (Art. 8, 9)");
        List<AccessGrant> grants = records.allAccessGrants();
        if (grants.isEmpty()) {
            w.line("None.");
        }
        for (AccessGrant grant : grants) {
            w.line(grant.getPersonName() + (grant.getPersonRole() == null ? "" : " (" + grant.getPersonRole() + ")")
                    + ", contract #" + grant.getContract().getId() + ": " + grant.getStatus());
            w.field("Assets / kinds of access", grant.getAssets() + " / " + grant.getAccessKinds()
                    + (grant.isTradeSecrets() ? " / trade secrets" : ""));
            w.field("Requested by", grant.getRequestedBy());
            w.field("Rules briefed by (8.1)", grant.getRulesBriefedBy() == null ? null
                    : grant.getRulesBriefedBy() + ", acknowledged on " + grant.getRulesAcknowledgedOn());
            w.field("Risk assessed by (9.1-9.3)", grant.getAssessedBy() == null ? null
                    : grant.getAssessedBy() + ", " + grant.getRiskLevel() + ": " + grant.getRiskAssessment());
            w.field("Decided by 核准者", grant.getDecidedBy());
            w.field("Decision reason 理由", grant.getDecisionReason());
            w.field("Granted", grant.getGrantedAt() == null ? null
                    : format(grant.getGrantedAt()) + " until " + grant.getGrantedUntil());
            w.field("Revoked (8.2)", grant.getRevokedAt() == null ? null
                    : format(grant.getRevokedAt()) + " by " + grant.getRevokedBy() + ", " + grant.getRevocationReason());
        }
    }

    private static void oversight(TextPdf.Writer w, EvidenceRecords records) {
        w.heading("7. 稽核與審查時程 Audits, on-site reviews and SLA reports (10.3-10.5, 12.1, 12.2)");
        List<OversightActivity> activities = records.allOversight();
        if (activities.isEmpty()) {
            w.line("None planned.");
        }
        for (OversightActivity activity : activities) {
            String done = activity.getCompletedAt() == null ? "" : ", done " + format(activity.getCompletedAt())
                    + " by " + activity.getCompletedBy() + ("no".equals(EvidenceService.onTime(activity)) ? " (late)" : "");
            w.line(activity.getKind() + " #" + activity.getSequenceNo() + (activity.isAdHoc() ? " ad hoc" : "")
                    + ", contract #" + activity.getContract().getId() + ", period "
                    + span(activity.getPeriodStart(), activity.getPeriodEnd()) + ", due " + activity.getDueOn()
                    + ", " + activity.getStatus() + done);
            w.field("Outcome 結果", activity.getOutcome());
            w.field("Summary 摘要", activity.getSummary());
            for (RemediationItem item : records.remediation().getOrDefault(activity.getId(), List.of())) {
                w.detail("Finding " + item.getSequenceNo() + ": " + item.getDescription() + ", due " + item.getDueOn()
                        + ", " + item.getStatus() + (item.getDoneAt() == null ? ""
                                : ", done " + format(item.getDoneAt()) + " by " + item.getDoneBy() + ": "
                                        + item.getResolution())
                        + (item.getEscalatedAt() == null ? "" : ", escalated " + format(item.getEscalatedAt())));
            }
        }
    }

    private static void changes(TextPdf.Writer w, EvidenceRecords records) {
        w.heading("8. 變更 Changes to the service and their reassessment (Art. 11)");
        List<ChangeRecord> changes = records.allChanges();
        if (changes.isEmpty()) {
            w.line("None reported.");
        }
        for (ChangeRecord change : changes) {
            w.line("Change #" + change.getId() + ", contract #" + change.getContract().getId() + ", "
                    + change.getChangeType() + " (" + change.getSource() + "): " + change.getDescription() + ", "
                    + change.getStatus());
            w.field("Reported by 通報者", change.getReportedBy() + " at " + format(change.getReportedAt())
                    + (change.getEffectiveOn() == null ? "" : ", effective " + change.getEffectiveOn()));
            w.field("Significance 重大性", change.getSignificant() == null ? null
                    : (change.getSignificant() ? "significant" : "not significant")
                            + (change.getSignificanceReason() == null ? "" : ": " + change.getSignificanceReason())
                            + (change.getAnalysedBy() == null ? ""
                                    : ", impact analysed by " + change.getAnalysedBy() + " at "
                                            + format(change.getAnalysedAt())));
            w.field("Risk assessed by 風險評估者", change.getAssessedBy() == null ? null
                    : change.getAssessedBy() + " at " + format(change.getAssessedAt()) + ", " + change.getRiskLevel()
                            + ": " + change.getRiskAssessment() + ", recommends " + change.getRecommendedOutcome());
            w.field("Decision 決定", change.getOutcome() == null ? null
                    : change.getOutcome() + (change.getOutcomeReason() == null ? "" : ": " + change.getOutcomeReason())
                            + (change.getDecidedBy() == null ? ""
                                    : ", decided by " + change.getDecidedBy() + " at " + format(change.getDecidedAt())));
            w.field("Process instance", change.getProcessInstanceId());
        }
    }

    private static void termination(TextPdf.Writer w, EvidenceRecords records) {
        w.heading("9. 終止 Termination (Art. 13)");
        List<Contract> ended = records.contracts().stream()
                .filter(c -> c.getStatus() == ContractStatus.ENDED || records.terminations().containsKey(c.getId()))
                .toList();
        if (ended.isEmpty()) {
            w.line("No contract of the vendor has ended.");
        }
        for (Contract contract : ended) {
            TerminationRecord termination = records.terminations().get(contract.getId());
            if (termination == null) {
                w.line("Contract #" + contract.getId() + " ended on " + contract.getEndedOn() + ": "
                        + contract.getEndReason() + " (no termination procedure in the register)");
                continue;
            }
            w.line("Contract #" + contract.getId() + (contract.getEndedOn() == null ? ""
                    : " ended on " + contract.getEndedOn()) + ": termination #" + termination.getId() + ", "
                    + termination.getReason() + ", " + termination.getStatus());
            w.field("Started by 發起者", termination.getStartedBy() + " at " + format(termination.getStartedAt()));
            w.field("Notes 說明", termination.getNotes());
            w.field("Decided by change 變更決定", termination.getChangeId() == null ? null
                    : "change #" + termination.getChangeId());
            w.field("Access stopped (13.1.a, 8.2)", termination.getAccessRevokedCount()
                    + " access grants revoked at " + format(termination.getAccessRevokedAt()));
            w.field("Oversight cancelled 監督取消", termination.getOversightCancelledCount() + " activities");
            w.field("Deadline 期限 (13.2.5)", termination.getDeadlineDays() + " days, until "
                    + format(termination.getDeadlineAt()));
            assets(w, records, contract, termination);
            transition(w, records, termination);
            w.field("Confidentiality continues 保密延續 (13.2.4)", termination.getConfidentialityRecordedAt() == null
                    ? "not yet recorded"
                    : (Boolean.TRUE.equals(termination.getConfidentialityContinues())
                            ? "yes, " + (termination.getConfidentialityUntil() == null ? "without end"
                                    : "until " + termination.getConfidentialityUntil())
                            : "no")
                            + (termination.getConfidentialityNotes() == null ? ""
                                    : " (" + termination.getConfidentialityNotes() + ")")
                            + ", recorded by " + termination.getConfidentialityRecordedBy() + " at "
                            + format(termination.getConfidentialityRecordedAt()));
            w.field("Escalation 逾期處理 (13.2.5)", termination.getEscalatedAt() == null ? "none, the deadline did not pass"
                    : "deadline passed, escalated at " + format(termination.getEscalatedAt())
                            + (termination.getEscalationAction() == null ? ", no action recorded yet"
                                    : "; " + termination.getEscalationHandledBy() + ": "
                                            + termination.getEscalationAction()));
            w.field("Completed at 完成", termination.getCompletedAt() == null ? "in progress"
                    : format(termination.getCompletedAt()));
            w.field("Process instance", termination.getProcessInstanceId());
        }
        w.line("termination.csv lists each information asset and its disposition; destruction certificates are in "
                + "documents/ with the contract's other files; the steps are under obligations 13.x.");
    }

    /** The assets of the arrangement (13.2.2) and how each left it (13.1.b, 13.2.3). */
    private static void assets(TextPdf.Writer w, EvidenceRecords records, Contract contract,
            TerminationRecord termination) {
        List<InformationAsset> assets = records.assets().getOrDefault(contract.getId(), List.of());
        w.field("Information assets 資訊資產 (13.2.2)", assets.isEmpty() ? "none registered" : assets.size() + "");
        Map<Long, ContractDocument> documents = records.documents().getOrDefault(contract.getId(), List.of()).stream()
                .collect(Collectors.toMap(ContractDocument::getId, d -> d));
        for (InformationAsset asset : assets) {
            AssetDisposition disposition = records.dispositionOf(termination, asset);
            String what = asset.getName() + " (" + asset.getClassification() + (asset.isTradeSecret()
                    ? ", trade secret" : "") + "): ";
            if (disposition == null) {
                w.detail(what + (asset.getStatus() == AssetStatus.IN_USE ? "still to be returned, destroyed or "
                        + "handed over" : asset.getStatus() + " outside this termination"));
                continue;
            }
            ContractDocument certificate = disposition.getDocumentId() == null ? null
                    : documents.get(disposition.getDocumentId());
            w.detail(what + disposition.getMethod()
                    + (disposition.getRecipient() == null ? "" : " to " + disposition.getRecipient())
                    + ", confirmed by " + disposition.getConfirmedBy() + " at " + format(disposition.getConfirmedAt())
                    + (disposition.getNotes() == null ? "" : " (" + disposition.getNotes() + ")"));
            if (certificate != null) {
                w.detail("    destruction certificate 銷毀證明: " + EvidenceService.documentPath(certificate)
                        + ", uploaded by " + certificate.getUploadedBy() + ", SHA-256 " + certificate.getSha256());
            }
        }
    }

    /** The transition checklist (13.2.1): who ticked what. */
    private static void transition(TextPdf.Writer w, EvidenceRecords records, TerminationRecord termination) {
        if (termination.getTransitionCheckedAt() == null) {
            w.field("Transition 移轉 (13.2.1)", "not yet checked off");
            return;
        }
        w.field("Transition 移轉 (13.2.1)", termination.getTransitionTarget()
                + (termination.getSuccessorName() == null ? "" : " to " + termination.getSuccessorName())
                + ", checked off by " + termination.getTransitionCheckedBy() + " at "
                + format(termination.getTransitionCheckedAt())
                + (termination.getTransitionNotes() == null ? "" : " (" + termination.getTransitionNotes() + ")"));
        for (TransitionCheckItem item : records.transitionChecks().getOrDefault(termination.getId(), List.of())) {
            w.detail(item.getItem().label() + ": " + item.getStatus() + ", " + item.getCheckedBy() + " at "
                    + format(item.getCheckedAt()));
        }
    }

    private static void instances(TextPdf.Writer w, EvidenceHistory.Trail trail) {
        w.heading("10. 流程歷程 Process instances in history");
        if (trail.instances().isEmpty()) {
            w.line("None.");
        }
        for (EvidenceHistory.Instance instance : trail.instances()) {
            w.line(instance.processDefinitionKey() + " v" + instance.version() + " " + instance.id()
                    + (instance.businessKey() == null ? "" : " (business key " + instance.businessKey() + ")")
                    + ": " + format(instance.startTime()) + " – " + (instance.endTime() == null ? "running"
                            : format(instance.endTime())) + ", " + instance.state()
                    + (instance.startUserId() == null ? "" : ", started by " + instance.startUserId()));
        }
    }

    private static void obligations(TextPdf.Writer w, EvidenceHistory.Trail trail) {
        w.heading("11. 依義務之任務完成 Task completions by obligation (who, when, what they entered)");
        Map<String, List<EvidenceHistory.Step>> byObligation = trail.byObligation();
        if (byObligation.isEmpty()) {
            w.line("No history.");
        }
        byObligation.forEach((obligation, steps) -> {
            List<EvidenceHistory.Step> tasks = steps.stream().filter(EvidenceHistory.Step::humanTask).toList();
            Set<String> processes = steps.stream().map(EvidenceHistory.Step::processDefinitionKey)
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
            w.line("Obligation " + obligation + ": " + steps.size() + " steps in " + processes + ", " + tasks.size()
                    + " user tasks (obligations/" + EvidenceZip.safeName(obligation) + ".json)");
            for (EvidenceHistory.Step task : tasks) {
                w.detail(task.elementName() + " [" + task.processDefinitionKey() + "]: "
                        + (task.endTime() == null ? "open" : (task.completedBy() == null ? "ended" : "completed by "
                                + task.completedBy()) + " at " + format(task.endTime()))
                        + (task.taskDeleteReason() == null || "completed".equals(task.taskDeleteReason()) ? ""
                                : " (" + task.taskDeleteReason() + ")"));
                task.variables().stream().limit(VARIABLES_SHOWN).forEach(value -> w.detail("    " + value.name()
                        + " = " + shorten(value.value())));
            }
        });
    }

    private static void files(TextPdf.Writer w, List<EvidenceZip.Entry> files) {
        w.heading("12. 附件 Files in this pack (SHA-256)");
        for (EvidenceZip.Entry file : files) {
            w.line(file.path() + " (" + file.content().length + " bytes)");
            w.detail(file.sha256());
        }
        w.line(EvidenceZip.MANIFEST + " lists every file again, this summary included.");
    }

    private static String shorten(String value) {
        return value == null ? "null" : value.length() <= VALUE_SHOWN ? value : value.substring(0, VALUE_SHOWN) + "…";
    }

    private static String span(Object from, Object to) {
        return (from == null ? "?" : from) + " – " + (to == null ? "?" : to);
    }

    static String format(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(ZoneId.systemDefault()).format(TIME);
    }
}
