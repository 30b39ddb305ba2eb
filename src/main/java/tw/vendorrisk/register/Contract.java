package tw.vendorrisk.register;

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

import tw.vendorrisk.common.Text;

/** A contract for an outsourced service (Art. 7), from the first draft to its signature. */
@Entity
public class Contract {

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
    private ContractPurpose purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContractStatus status;

    private LocalDate termStart;
    private LocalDate termEnd;

    @Enumerated(EnumType.STRING)
    private SlaReportFrequency slaReportFrequency;

    private Boolean onsiteStaff;
    private String accessNeeds;
    private Boolean confidentialityUndertakingConfirmed;
    private String confidentialityConfirmedBy;
    private String waiverReason;
    private String waiverApprovedBy;
    private LocalDate signedOn;
    private String signatureRecordedBy;
    private String processInstanceId;
    private LocalDate endedOn;
    private String endReason;
    /** Days the termination procedure may take (13.2.5); null means the default. */
    private Integer terminationDeadlineDays;

    @Column(nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Contract() {
    }

    public Contract(OutsourcedService service, ContractPurpose purpose, String processInstanceId) {
        this.service = service;
        this.vendor = service.getVendor();
        this.purpose = purpose;
        this.status = ContractStatus.DRAFTING;
        this.processInstanceId = processInstanceId;
        this.createdAt = OffsetDateTime.now();
    }

    public void recordWaiver(String reason, String approvedBy) {
        this.waiverReason = Text.limit(reason);
        this.waiverApprovedBy = approvedBy;
    }

    public void confirmConfidentialityUndertaking(String user) {
        this.confidentialityUndertakingConfirmed = true;
        this.confidentialityConfirmedBy = user;
    }

    public void sign(SignedTerms terms, String user) {
        if (status != ContractStatus.DRAFTING) {
            throw new IllegalStateException("Contract " + id + " is " + status + ", not DRAFTING");
        }
        this.termStart = terms.termStart();
        this.termEnd = terms.termEnd();
        this.slaReportFrequency = terms.slaReportFrequency();
        this.onsiteStaff = terms.onsiteStaff();
        this.accessNeeds = Text.limit(terms.accessNeeds());
        this.signedOn = terms.signedOn();
        this.signatureRecordedBy = user;
        this.status = ContractStatus.SIGNED;
    }

    /** The contract no longer runs: its term is over, or it was terminated. Ending twice changes nothing. */
    public void end(LocalDate on, String reason) {
        if (status == ContractStatus.ENDED) {
            return;
        }
        this.status = ContractStatus.ENDED;
        this.endedOn = on;
        this.endReason = reason;
    }

    /** The deadline of the termination procedure (13.2.5) agreed for this contract; null for the default. */
    public void setTerminationDeadlineDays(Integer days) {
        this.terminationDeadlineDays = days;
    }

    public Integer getTerminationDeadlineDays() {
        return terminationDeadlineDays;
    }

    public boolean isRunning() {
        return status == ContractStatus.SIGNED;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getEndReason() {
        return endReason;
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

    public ContractPurpose getPurpose() {
        return purpose;
    }

    public ContractStatus getStatus() {
        return status;
    }

    public LocalDate getTermStart() {
        return termStart;
    }

    public LocalDate getTermEnd() {
        return termEnd;
    }

    public SlaReportFrequency getSlaReportFrequency() {
        return slaReportFrequency;
    }

    public Boolean getOnsiteStaff() {
        return onsiteStaff;
    }

    public String getAccessNeeds() {
        return accessNeeds;
    }

    public Boolean getConfidentialityUndertakingConfirmed() {
        return confidentialityUndertakingConfirmed;
    }

    public String getConfidentialityConfirmedBy() {
        return confidentialityConfirmedBy;
    }

    public String getWaiverReason() {
        return waiverReason;
    }

    public String getWaiverApprovedBy() {
        return waiverApprovedBy;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public String getSignatureRecordedBy() {
        return signatureRecordedBy;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
