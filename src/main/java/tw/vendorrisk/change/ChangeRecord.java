package tw.vendorrisk.change;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import tw.vendorrisk.register.Contract;

/**
 * One change of a contracted service and every decision about it (Art. 11, 10.1): what changes,
 * the project lead's impact analysis, whether it is significant (DMN change-significance), the
 * certificate and concentration checks run again, infosec's risk assessment and the outcome.
 */
@Entity
public class ChangeRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id")
    private Contract contract;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChangeType changeType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChangeSource source;

    @Column(nullable = false)
    private String description;
    private LocalDate effectiveOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChangeStatus status;

    private String reportedBy;
    @Column(nullable = false)
    private OffsetDateTime reportedAt;
    private String processInstanceId;

    @Enumerated(EnumType.STRING)
    private Impact confidentialityImpact;
    private String confidentialityReason;
    @Enumerated(EnumType.STRING)
    private Impact integrityImpact;
    private String integrityReason;
    @Enumerated(EnumType.STRING)
    private Impact availabilityImpact;
    private String availabilityReason;
    private String analysedBy;
    private OffsetDateTime analysedAt;
    private Boolean significant;
    private String significanceReason;

    private Boolean certificatesSufficient;
    private String certificateShortfall;
    private Boolean concentrationTooHigh;
    private String concentrationFindings;

    @Enumerated(EnumType.STRING)
    private Impact riskLevel;
    private String riskAssessment;
    @Enumerated(EnumType.STRING)
    private ChangeOutcome recommendedOutcome;
    private Boolean incidentMechanismsConfirmed;
    private String assessedBy;
    private OffsetDateTime assessedAt;

    @Enumerated(EnumType.STRING)
    private ChangeOutcome outcome;
    private String outcomeReason;
    private String decidedBy;
    private OffsetDateTime decidedAt;
    private String followUpProcessInstanceId;

    @Version
    private long version;

    protected ChangeRecord() {
    }

    ChangeRecord(Contract contract, NewChange change, String reportedBy, String processInstanceId,
            OffsetDateTime reportedAt) {
        this.contract = contract;
        this.changeType = change.changeType();
        this.source = change.source() == null ? ChangeSource.VENDOR_NOTICE : change.source();
        this.description = change.description().strip();
        this.effectiveOn = change.effectiveOn();
        this.status = ChangeStatus.REPORTED;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
        this.processInstanceId = processInstanceId;
    }

    void recordImpact(ImpactAnalysis analysis, boolean significant, String significanceReason, String user,
            OffsetDateTime now) {
        this.confidentialityImpact = analysis.confidentiality();
        this.confidentialityReason = analysis.confidentialityReason().strip();
        this.integrityImpact = analysis.integrity();
        this.integrityReason = analysis.integrityReason().strip();
        this.availabilityImpact = analysis.availability();
        this.availabilityReason = analysis.availabilityReason().strip();
        this.analysedBy = user;
        this.analysedAt = now;
        this.significant = significant;
        this.significanceReason = significanceReason;
        this.status = ChangeStatus.ANALYSED;
    }

    void recordChecks(Boolean certificatesSufficient, String certificateShortfall, Boolean concentrationTooHigh,
            String concentrationFindings) {
        this.certificatesSufficient = certificatesSufficient;
        this.certificateShortfall = certificateShortfall;
        this.concentrationTooHigh = concentrationTooHigh;
        this.concentrationFindings = concentrationFindings;
    }

    void recordRiskAssessment(Impact riskLevel, String assessment, ChangeOutcome recommended,
            Boolean incidentMechanismsConfirmed, String user, OffsetDateTime now) {
        this.riskLevel = riskLevel;
        this.riskAssessment = assessment;
        this.recommendedOutcome = recommended;
        this.incidentMechanismsConfirmed = incidentMechanismsConfirmed;
        this.assessedBy = user;
        this.assessedAt = now;
        this.status = ChangeStatus.ASSESSED;
    }

    void close(ChangeOutcome outcome, String reason, String user, OffsetDateTime now) {
        this.outcome = outcome;
        this.outcomeReason = reason;
        this.decidedBy = user;
        this.decidedAt = now;
        this.status = ChangeStatus.CLOSED;
    }

    void linkFollowUp(String processInstanceId) {
        this.followUpProcessInstanceId = processInstanceId;
    }

    public Long getId() { return id; }
    public Contract getContract() { return contract; }
    public ChangeType getChangeType() { return changeType; }
    public ChangeSource getSource() { return source; }
    public String getDescription() { return description; }
    public LocalDate getEffectiveOn() { return effectiveOn; }
    public ChangeStatus getStatus() { return status; }
    public String getReportedBy() { return reportedBy; }
    public OffsetDateTime getReportedAt() { return reportedAt; }
    public String getProcessInstanceId() { return processInstanceId; }
    public Impact getConfidentialityImpact() { return confidentialityImpact; }
    public String getConfidentialityReason() { return confidentialityReason; }
    public Impact getIntegrityImpact() { return integrityImpact; }
    public String getIntegrityReason() { return integrityReason; }
    public Impact getAvailabilityImpact() { return availabilityImpact; }
    public String getAvailabilityReason() { return availabilityReason; }
    public String getAnalysedBy() { return analysedBy; }
    public OffsetDateTime getAnalysedAt() { return analysedAt; }
    public Boolean getSignificant() { return significant; }
    public String getSignificanceReason() { return significanceReason; }
    public Boolean getCertificatesSufficient() { return certificatesSufficient; }
    public String getCertificateShortfall() { return certificateShortfall; }
    public Boolean getConcentrationTooHigh() { return concentrationTooHigh; }
    public String getConcentrationFindings() { return concentrationFindings; }
    public Impact getRiskLevel() { return riskLevel; }
    public String getRiskAssessment() { return riskAssessment; }
    public ChangeOutcome getRecommendedOutcome() { return recommendedOutcome; }
    public Boolean getIncidentMechanismsConfirmed() { return incidentMechanismsConfirmed; }
    public String getAssessedBy() { return assessedBy; }
    public OffsetDateTime getAssessedAt() { return assessedAt; }
    public ChangeOutcome getOutcome() { return outcome; }
    public String getOutcomeReason() { return outcomeReason; }
    public String getDecidedBy() { return decidedBy; }
    public OffsetDateTime getDecidedAt() { return decidedAt; }
    public String getFollowUpProcessInstanceId() { return followUpProcessInstanceId; }
}
