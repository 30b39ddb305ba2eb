package tw.vendorrisk.register;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import jakarta.persistence.Version;

/** An ICT system or service the organization outsources, or plans to, to one vendor. */
@Entity
public class OutsourcedService {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vendor_id")
    private Vendor vendor;

    @Column(nullable = false)
    private String description;

    private boolean cloud;
    private boolean systemDevelopment;
    private boolean systemMaintenance;
    private boolean systemMonitoring;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Criticality criticality;

    @Column(nullable = false)
    private BigDecimal annualSpend;

    private LocalDate periodStart;
    private LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ServiceStatus status;

    private String selectionProcessInstanceId;

    /** Notice periods, data locations, subcontractors, substitutability, exit plan; null until recorded. */
    @Embedded
    private ArrangementDetails arrangement;

    @Column(nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected OutsourcedService() {
    }

    public OutsourcedService(Vendor vendor, ServiceProfile profile, ServiceStatus status) {
        this.vendor = vendor;
        this.description = profile.description();
        this.cloud = profile.cloud();
        this.systemDevelopment = profile.systemDevelopment();
        this.systemMaintenance = profile.systemMaintenance();
        this.systemMonitoring = profile.systemMonitoring();
        this.criticality = profile.criticality();
        this.annualSpend = profile.annualSpend();
        this.periodStart = profile.periodStart();
        this.periodEnd = profile.periodEnd();
        this.status = status;
        this.createdAt = OffsetDateTime.now();
    }

    public void assignTo(Vendor candidate) {
        requireStatus(ServiceStatus.PROPOSED);
        this.vendor = candidate;
    }

    public void markSelected() {
        requireStatus(ServiceStatus.PROPOSED);
        this.status = ServiceStatus.SELECTED;
    }

    public void markNotSelected() {
        requireStatus(ServiceStatus.PROPOSED);
        this.status = ServiceStatus.NOT_SELECTED;
    }

    /** The contract is signed: the service runs (again) for the contract's term. */
    public void activate(LocalDate start, LocalDate end) {
        if (status != ServiceStatus.SELECTED && status != ServiceStatus.ACTIVE) {
            throw new IllegalStateException("Service " + id + " is " + status + "; only a selected or active service "
                    + "can run under a signed contract");
        }
        this.periodStart = start;
        this.periodEnd = end;
        this.status = ServiceStatus.ACTIVE;
    }

    /** The arrangement is over (terminated, rescinded or expired); the service no longer counts for concentration. */
    public void end() {
        if (status == ServiceStatus.SELECTED || status == ServiceStatus.ACTIVE) {
            this.status = ServiceStatus.ENDED;
        }
    }

    /** Records the arrangement's details (the whole set, replacing what was there). */
    public void recordArrangement(ArrangementDetails details) {
        this.arrangement = details;
    }

    public void linkSelectionProcess(String processInstanceId) {
        this.selectionProcessInstanceId = processInstanceId;
    }

    private void requireStatus(ServiceStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Service " + id + " is " + status + ", not " + expected);
        }
    }

    public Long getId() {
        return id;
    }

    public Vendor getVendor() {
        return vendor;
    }

    public String getDescription() {
        return description;
    }

    public boolean isCloud() {
        return cloud;
    }

    public boolean isSystemDevelopment() {
        return systemDevelopment;
    }

    public boolean isSystemMaintenance() {
        return systemMaintenance;
    }

    public boolean isSystemMonitoring() {
        return systemMonitoring;
    }

    public Criticality getCriticality() {
        return criticality;
    }

    public BigDecimal getAnnualSpend() {
        return annualSpend;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public ServiceStatus getStatus() {
        return status;
    }

    public String getSelectionProcessInstanceId() {
        return selectionProcessInstanceId;
    }

    public ArrangementDetails getArrangement() {
        return arrangement;
    }
}
