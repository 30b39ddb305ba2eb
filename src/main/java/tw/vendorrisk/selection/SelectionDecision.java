package tw.vendorrisk.selection;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import tw.vendorrisk.common.Text;
import tw.vendorrisk.register.OutsourcedService;
import tw.vendorrisk.register.Vendor;

/**
 * Why a vendor was or was not selected for a service, who decided and when: the record that
 * 4.2.1 asks to keep, with the capability scores and the concentration figures of 4.1.c.
 */
@Entity
public class SelectionDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id")
    private OutsourcedService service;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vendor_id")
    private Vendor vendor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SelectionOutcome outcome;

    private String reason;
    private String decidedBy;

    @Column(nullable = false)
    private OffsetDateTime decidedAt;

    private String processInstanceId;

    @Embedded
    private CapabilityScores capability;

    private BigDecimal shareByCount;
    private BigDecimal shareBySpend;
    private BigDecimal shareOfCritical;
    private BigDecimal marketShare;
    private Boolean concentrationTooHigh;
    private Boolean incidentMechanismsConfirmed;
    private String concentrationRiskAssessment;
    private String exceptionApprovedBy;
    private String exceptionReason;

    protected SelectionDecision() {
    }

    public SelectionDecision(OutsourcedService service, SelectionOutcome outcome, String reason, String decidedBy,
            String processInstanceId) {
        this.service = service;
        this.vendor = service.getVendor();
        this.outcome = outcome;
        this.reason = Text.limit(reason);
        this.decidedBy = decidedBy;
        this.processInstanceId = processInstanceId;
        this.decidedAt = OffsetDateTime.now();
    }

    public SelectionDecision withCapability(CapabilityScores scores) {
        this.capability = scores;
        return this;
    }

    public SelectionDecision withConcentration(ConcentrationFigures figures, boolean tooHigh) {
        if (figures != null) {
            this.shareByCount = figures.shareByCount();
            this.shareBySpend = figures.shareBySpend();
            this.shareOfCritical = figures.shareOfCritical();
            this.marketShare = figures.marketShare();
        }
        this.concentrationTooHigh = tooHigh;
        return this;
    }

    /** The concentration exception (4.1.c): infosec's assessment (10.1) and the manager's decision. */
    public SelectionDecision withException(ConcentrationException exception) {
        if (exception != null) {
            this.incidentMechanismsConfirmed = exception.incidentMechanismsConfirmed();
            this.concentrationRiskAssessment = Text.limit(exception.riskAssessment());
            this.exceptionApprovedBy = exception.decidedBy();
            this.exceptionReason = Text.limit(exception.reason());
        }
        return this;
    }

    public Long getId() {
        return id;
    }

    public OutsourcedService getService() {
        return service;
    }

    public Vendor getVendor() {
        return vendor;
    }

    public SelectionOutcome getOutcome() {
        return outcome;
    }

    public String getReason() {
        return reason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public CapabilityScores getCapability() {
        return capability;
    }

    public BigDecimal getShareByCount() {
        return shareByCount;
    }

    public BigDecimal getShareBySpend() {
        return shareBySpend;
    }

    public BigDecimal getShareOfCritical() {
        return shareOfCritical;
    }

    public BigDecimal getMarketShare() {
        return marketShare;
    }

    public Boolean getConcentrationTooHigh() {
        return concentrationTooHigh;
    }

    public String getExceptionApprovedBy() {
        return exceptionApprovedBy;
    }

    public Boolean getIncidentMechanismsConfirmed() {
        return incidentMechanismsConfirmed;
    }

    public String getConcentrationRiskAssessment() {
        return concentrationRiskAssessment;
    }

    public String getExceptionReason() {
        return exceptionReason;
    }
}
